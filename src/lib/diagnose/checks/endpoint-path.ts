/** The request goes to the right address for what it does. */
import { consequenceFor, guide, type Check } from '../finding';
import { sentParams } from '../request';

export const endpointPathCheck: Check = {
  id: 'endpoint-path',
  label: '请求地址与 API 代别（oauthapi/v2 或 oauth2）',
  guides: [guide('authorization-code', 'authorize'), guide('token-refresh', 'refresh')],
  codes: [100005],
  appliesTo: (endpoint) => endpoint.id !== 'callback',
  run: ({ request, endpoint }) => {
    const path = request.path.replace(/\/+$/, '');
    if (endpoint.id === 'new-authorize' && /\/oauth2\/authorize$/i.test(path)) {
      return [
        {
          check: 'endpoint-path',
          severity: 'error',
          title: 'WPS 365 的授权地址是 `/oauth2/auth`，不是很多平台惯用的 `/oauth2/authorize`。',
          fragment: request.path,
          fix: '把地址改为 `https://openapi.wps.cn/oauth2/auth`。',
          consequence: {},
          guide: guide('authorization-code', 'authorize'),
        },
      ];
    }
    const names = sentParams(request).map((p) => p.name);
    if (endpoint.id === 'old-token' && names.includes('refresh_token') && !names.includes('code')) {
      return [
        {
          check: 'endpoint-path',
          severity: 'error',
          title: '这是刷新请求，却发到了换取 code 的地址 `/oauthapi/v2/token`。',
          fragment: request.path,
          fix: '旧版刷新令牌用 `POST /oauthapi/v2/token/refresh`，以 JSON 请求体携带 `appid`、`appkey`、`refresh_token`。',
          consequence: consequenceFor('old', { oldCode: 100005 }),
          guide: guide('token-refresh', 'refresh'),
        },
      ];
    }
    return [];
  },
};
