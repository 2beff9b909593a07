/**
 * No parameter appears twice. RFC 6749 §3.1 and §3.2 forbid it, and servers
 * differ on which copy they read, so the request may work in one place and
 * fail in another.
 */
import { consequenceFor, guide, type Check, type Finding } from '../finding';
import { sentParams } from '../request';

export const duplicatesCheck: Check = {
  id: 'duplicates',
  label: '没有重复的参数',
  guides: [guide('authorization-code', 'authorize'), guide('app-credentials', 'request-format')],
  codes: [100100],
  appliesTo: () => true,
  run: ({ request, endpoint }) => {
    const byName = new Map<string, string[]>();
    for (const p of sentParams(request)) if (p.name !== '') byName.set(p.name, [...(byName.get(p.name) ?? []), p.raw]);
    return [...byName].flatMap(([name, raws]): Finding[] =>
      raws.length < 2
        ? []
        : [
            {
              check: 'duplicates',
              severity: 'error',
              title: `\`${name}\` 出现了 ${raws.length} 次${new Set(raws).size > 1 ? '，而且值不同' : ''}；OAuth 参数只能出现一次，服务器读哪一个无法预料。`,
              fragment: raws.join(' … '),
              fix: `只保留一个 \`${name}\`。常见原因是基础 URL 里已经带了参数，代码又追加了一次。`,
              // 100100 非法参数 (our reading); RFC 6749 §4.1.2.1 and §5.2: "includes a parameter more than once" → invalid_request.
              consequence: consequenceFor(endpoint.generation, { oldCode: 100100, standardError: 'invalid_request' }),
              guide:
                endpoint.id.endsWith('authorize') || endpoint.id === 'callback'
                  ? guide('authorization-code', 'authorize')
                  : guide('app-credentials', 'request-format'),
            },
          ],
    );
  },
};
