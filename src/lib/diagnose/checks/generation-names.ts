/**
 * Credentials under the right generation's names: `appid`/`appkey` on
 * oauthapi/v2, `client_id`/`client_secret` on oauth2. The other name is
 * simply an unknown parameter to the server.
 */
import { CREDENTIAL_NAMES } from '../endpoints';
import { consequenceFor, guide, type Check, type Finding } from '../finding';
import { factFor } from '../param-facts';
import { sentParams } from '../request';
import { counterpartName } from './required';

export const generationNamesCheck: Check = {
  id: 'generation-names',
  label: '参数名属于同一代接口（appid/appkey 或 client_id/client_secret）',
  guides: [guide('app-credentials', 'appid-appkey')],
  codes: [100001, 100002],
  appliesTo: (endpoint) => endpoint.generation !== undefined,
  run: ({ request, endpoint }) => {
    const other = CREDENTIAL_NAMES[endpoint.generation === 'old' ? 'new' : 'old'];
    const names = new Set(sentParams(request).map((p) => p.name));
    return sentParams(request).flatMap((param): Finding[] => {
      if (param.name !== other.id && param.name !== other.secret) return [];
      const expected = counterpartName(param.name)!;
      if (names.has(expected)) return [];
      return [
        {
          check: 'generation-names',
          severity: 'error',
          title: `\`${param.name}\` 是${endpoint.generation === 'old' ? '新版 WPS 365 oauth2' : '旧版 oauthapi/v2'} 接口的参数名；这个接口叫 \`${expected}\`，服务器会当作没有传。`,
          fragment: param.raw,
          fix: `把 \`${param.name}\` 改名为 \`${expected}\`（值不变），或者改用与这组参数名配套的那一代接口地址。`,
          consequence: consequenceFor(endpoint.generation, factFor(expected)),
          guide: guide('app-credentials', 'appid-appkey'),
        },
      ];
    });
  },
};
