/** A callback that brings back `error=` instead of a code: the user refused, or the request was rejected. */
import { OAUTH_ERROR_NAMES, type OAuthErrorName } from '../../oauth-errors';
import { guide, type Check } from '../finding';
import { sentParams } from '../request';

const isStandard = (name: string): name is OAuthErrorName => (OAUTH_ERROR_NAMES as readonly string[]).includes(name);

export const callbackErrorCheck: Check = {
  id: 'callback-error',
  label: '回调里没有 error 参数',
  guides: [guide('authorization-code', 'callback')],
  codes: [],
  appliesTo: (endpoint) => endpoint.id === 'callback',
  run: ({ request }) => {
    const error = sentParams(request).find((p) => p.name === 'error');
    if (!error) return [];
    const description = sentParams(request).find((p) => p.name === 'error_description')?.value;
    return [
      {
        check: 'callback-error',
        severity: 'error',
        title: `回调带回的是错误 \`${error.value}\` 而不是 code${description ? `：“${description}”` : ''}。${error.value === 'access_denied' ? '通常表示用户拒绝了授权。' : ''}`,
        fragment: error.raw,
        fix: '不要去换令牌；给用户一个重新授权的入口。如果不是用户拒绝，按错误名检查授权链接的参数。',
        consequence: isStandard(error.value) ? { standardError: error.value } : {},
        guide: guide('authorization-code', 'callback'),
      },
    ];
  },
};
