/** Authorize links ask for `response_type=code`, the only value WPS documents. */
import { consequenceFor, guide, type Check } from '../finding';
import { sentParams } from '../request';

export const responseTypeCheck: Check = {
  id: 'response-type',
  label: 'response_type 只能是 code',
  guides: [guide('authorization-code', 'authorize'), guide('authorization-code', 'implicit-grant')],
  codes: [100000],
  appliesTo: (endpoint) => endpoint.id === 'old-authorize' || endpoint.id === 'new-authorize',
  run: ({ request, endpoint }) => {
    const param = sentParams(request).find((p) => p.name === 'response_type');
    if (!param || param.value === '' || param.value === 'code') return [];
    const implicit = param.value.toLowerCase() === 'token';
    return [
      {
        check: 'response-type',
        severity: 'error',
        title: implicit
          ? '`response_type=token` 是隐式授权；我们没有找到描述这种方式的 WPS 文档，WPS 365 的授权文档要求参数值必须为 `code`。'
          : `\`response_type\` 的值 \`${param.value}\` 不被接受，只能是 \`code\`。`,
        fragment: param.raw,
        fix: '改为 `response_type=code`，拿到 code 后在服务端换取令牌。',
        // 100000 缺少参数response_type或response_type非法
        consequence: consequenceFor(endpoint.generation, {
          oldCode: 100000,
          standardError: 'unsupported_response_type',
        }),
        guide: implicit ? guide('authorization-code', 'implicit-grant') : guide('authorization-code', 'authorize'),
      },
    ];
  },
};
