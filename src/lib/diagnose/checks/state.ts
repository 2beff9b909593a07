/**
 * The authorize link carries an unguessable `state`, and the callback brings
 * it back. It is what ties the callback to the user's session (RFC 6749 §10.12).
 */
import { guide, type Check } from '../finding';
import { sentParams } from '../request';
import { t } from '../text';

/** Values copied from documentation or tests instead of generated per request. */
const PLACEHOLDER_STATE = /^(?:state|xyz|abc|test|123|1234|12345|123456|0|1|random|csrf|none|null|undefined)$/i;

export const stateCheck: Check = {
  id: 'state',
  label: t('checkState.label'),
  guides: [guide('authorization-code', 'authorize'), guide('authorization-code', 'callback')],
  codes: [],
  appliesTo: (endpoint) =>
    endpoint.id === 'old-authorize' || endpoint.id === 'new-authorize' || endpoint.id === 'callback',
  run: ({ request, endpoint }) => {
    const callback = endpoint.id === 'callback';
    const section = guide('authorization-code', callback ? 'callback' : 'authorize');
    const state = sentParams(request).find((p) => p.name === 'state');
    if (!state) {
      return [
        {
          check: 'state',
          severity: 'warning',
          title: t(callback ? 'checkState.missingCallbackTitle' : 'checkState.missingTitle'),
          fragment: t('checkState.missingFragment'),
          fix: t(callback ? 'checkState.missingCallbackFix' : 'checkState.missingFix'),
          consequence: {},
          guide: section,
        },
      ];
    }
    if (PLACEHOLDER_STATE.test(state.value.trim())) {
      return [
        {
          check: 'state',
          severity: 'warning',
          title: t('checkState.fixedTitle', { value: state.value }),
          fragment: state.raw,
          fix: t('checkState.fixedFix'),
          consequence: {},
          guide: section,
        },
      ];
    }
    return [];
  },
};
