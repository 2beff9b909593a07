/**
 * No credential or token carries leading or trailing whitespace: a space or
 * newline copied along with a secret makes it a different secret.
 */
import { consequenceFor, type Check } from '../finding';
import { FACT_CODES, FACT_GUIDES, factFor } from '../param-facts';
import { sentParams } from '../request';

/** redirect_uri and scope have their own checks, which name the exact separator or space. */
const CHECKED_ELSEWHERE = new Set(['redirect_uri', 'scope']);

export const whitespaceCheck: Check = {
  id: 'whitespace',
  label: '参数值首尾没有空格或换行',
  guides: FACT_GUIDES,
  codes: [...FACT_CODES, 100009],
  appliesTo: () => true,
  run: ({ request, endpoint }) =>
    sentParams(request)
      .filter((p) => !CHECKED_ELSEWHERE.has(p.name) && p.value.trim() !== '' && p.value !== p.value.trim())
      .map((p) => {
        const fact = factFor(p.name);
        // The old endpoints answer a wrong secret with 100009 (client_secret 即appkey 非法), not a missing-parameter code.
        const secret = p.name === 'appkey' || p.name === 'client_secret';
        return {
          check: 'whitespace',
          severity: 'error' as const,
          title: `\`${p.name}\` 的值首尾带有空白（空格、\`+\` 或换行），服务器会把它当作另一个值。`,
          fragment: p.raw,
          fix: `去掉首尾空白后再编码；从配置文件或环境变量读取时先 \`trim()\`。`,
          consequence: consequenceFor(endpoint.generation, {
            oldCode: secret ? 100009 : fact.oldCode,
            standardError: secret ? 'invalid_client' : fact.standardError,
          }),
          guide: fact.guide,
        };
      }),
};
