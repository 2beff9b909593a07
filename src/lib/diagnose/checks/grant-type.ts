/** `/oauth2/token` accepts exactly the documented grant types. */
import { NEW_TOKEN_GRANTS } from '../endpoints';
import { guide, type Check } from '../finding';
import { sentParams } from '../request';

export const grantTypeCheck: Check = {
  id: 'grant-type',
  label: 'grant_type 取值（authorization_code、refresh_token、client_credentials）',
  guides: [guide('app-credentials', 'request-format')],
  codes: [],
  appliesTo: (endpoint) => endpoint.id === 'new-token',
  run: ({ request }) => {
    const grant = sentParams(request).find((p) => p.name === 'grant_type');
    if (!grant || grant.value === '' || grant.value in NEW_TOKEN_GRANTS) return [];
    const near = Object.keys(NEW_TOKEN_GRANTS).find(
      (known) => known.replace(/_/g, '') === grant.value.toLowerCase().replace(/[-_\s]/g, ''),
    );
    return [
      {
        check: 'grant-type',
        severity: 'error',
        title: `\`grant_type\` 的值 \`${grant.value}\` 不是文档列出的授权类型。`,
        fragment: grant.raw,
        fix: near
          ? `改为 \`grant_type=${near}\`（区分大小写，用下划线）。`
          : '用 `authorization_code`（code 换令牌）、`refresh_token`（刷新）或 `client_credentials`（应用令牌）。',
        consequence: { standardError: 'unsupported_grant_type' },
        guide: guide('app-credentials', 'request-format'),
      },
    ];
  },
};
