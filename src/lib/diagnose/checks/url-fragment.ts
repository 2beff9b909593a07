/**
 * Nothing after a `#` reaches the server. An unencoded `#` (often the
 * `#/callback` route of a single-page app inside redirect_uri) silently drops
 * every parameter that follows it.
 */
import { consequenceFor, guide, type Check } from '../finding';

export const urlFragmentCheck: Check = {
  id: 'url-fragment',
  label: '没有参数落在 # 之后',
  guides: [guide('redirect-uri', 'common-problems')],
  codes: [100010],
  appliesTo: (endpoint) => endpoint.id !== 'callback',
  run: ({ request, endpoint }) =>
    request.fragmentParams.length === 0
      ? []
      : [
          {
            check: 'url-fragment',
            severity: 'error',
            title: `URL 里有未编码的 \`#\`，其后的 ${request.fragmentParams.map((p) => `\`${p.name}\``).join('、')} 只留在浏览器里，不会发送给服务器。`,
            fragment: `#…${request.fragmentParams.map((p) => p.raw).join('&')}`,
            fix: '回调地址里的 `#` 要随整个 `redirect_uri` 一起编码（`#` → `%23`）；其他参数放在 `#` 之前。',
            consequence: consequenceFor(endpoint.generation, { oldCode: 100010, standardError: 'invalid_request' }),
            guide: guide('redirect-uri', 'common-problems'),
          },
        ],
};
