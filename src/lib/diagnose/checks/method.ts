/** The HTTP method the endpoint requires (only when the paste states one: raw HTTP or curl). */
import { consequenceFor, guide, type Check } from '../finding';

export const methodCheck: Check = {
  id: 'method',
  label: 'HTTP 方法（旧版换取用 GET，旧版刷新和新版令牌接口用 POST）',
  guides: [guide('app-credentials', 'request-format')],
  codes: [100012, 100029],
  appliesTo: (endpoint) => endpoint.id !== 'callback',
  run: ({ request, endpoint }) => {
    if (request.method === undefined || request.method === endpoint.method) return [];
    const toPost = endpoint.method === 'POST';
    return [
      {
        check: 'method',
        severity: 'error',
        title: `${endpoint.label}：要用 \`${endpoint.method}\`，这里用了 \`${request.method}\`。`,
        fragment: `${request.method} ${request.path}`,
        fix: toPost
          ? `改用 \`POST\`${endpoint.place === 'form' ? '，参数放在表单编码的请求体里' : '，参数放在 JSON 请求体里'}。`
          : '改用 `GET`，参数放在查询串里。',
        // 100012 HTTP请求非post方式; 100029 错误的http请求. RFC 6749 §3.2: the token endpoint MUST use POST.
        consequence: consequenceFor(endpoint.generation, {
          oldCode: toPost ? 100012 : 100029,
          standardError: 'invalid_request',
        }),
        guide: guide('app-credentials', 'request-format'),
      },
    ];
  },
};
