/** A callback that brings back `error=` instead of a code: the user refused, or the request was rejected. */
import { OAUTH_ERROR_NAMES, type OAuthErrorName } from '../../content/oauth-errors';
import { guide, type Check } from '../finding';
import { sentParams } from '../request';
import { t } from '../text';

const isStandard = (name: string): name is OAuthErrorName => (OAUTH_ERROR_NAMES as readonly string[]).includes(name);

export const callbackErrorCheck: Check = {
  id: 'callback-error',
  label: t('checkCallbackError.label'),
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
        title: t('checkCallbackError.title', {
          error: error.value,
          description: description ? t('checkCallbackError.description', { description }) : '',
          denied: error.value === 'access_denied' ? t('checkCallbackError.denied') : '',
        }),
        fragment: error.raw,
        fix: t('checkCallbackError.fix'),
        consequence: isStandard(error.value) ? { standardError: error.value } : {},
        guide: guide('authorization-code', 'callback'),
      },
    ];
  },
};
