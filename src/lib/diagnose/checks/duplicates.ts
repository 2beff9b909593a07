/**
 * No parameter appears twice. RFC 6749 §3.1 and §3.2 forbid it, and servers
 * differ on which copy they read, so the request may work in one place and
 * fail in another.
 */
import { consequenceFor, guide, type Check, type Finding } from '../finding';
import { sentParams } from '../request';
import { t } from '../text';

export const duplicatesCheck: Check = {
  id: 'duplicates',
  label: t('checkDuplicates.label'),
  guides: [guide('authorization-code', 'authorize'), guide('app-credentials', 'request-format')],
  codes: [100100],
  appliesTo: () => true,
  run: ({ request, endpoint }) => {
    const byName = new Map<string, string[]>();
    for (const p of sentParams(request)) {
      if (p.name === '') continue;
      // Appended in place: copying the list for each copy of a name is quadratic on a paste of repeated parameters.
      const raws = byName.get(p.name);
      if (raws) raws.push(p.raw);
      else byName.set(p.name, [p.raw]);
    }
    return [...byName].flatMap(([name, raws]): Finding[] =>
      raws.length < 2
        ? []
        : [
            {
              check: 'duplicates',
              severity: 'error',
              title: t('checkDuplicates.title', {
                name,
                count: raws.length,
                differ: new Set(raws).size > 1 ? t('checkDuplicates.differ') : '',
              }),
              fragment: raws.join(' … '),
              fix: t('checkDuplicates.fix', { name }),
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
