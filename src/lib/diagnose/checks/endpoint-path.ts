/** The request goes to the right address for what it does. */
import { consequenceFor, guide, type Check } from '../finding';
import { sentParams } from '../request';
import { t } from '../text';

export const endpointPathCheck: Check = {
  id: 'endpoint-path',
  label: t('checkEndpointPath.label'),
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
          title: t('checkEndpointPath.authorizeTitle'),
          fragment: request.path,
          fix: t('checkEndpointPath.authorizeFix'),
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
          title: t('checkEndpointPath.refreshTitle'),
          fragment: request.path,
          fix: t('checkEndpointPath.refreshFix'),
          consequence: consequenceFor('old', { oldCode: 100005 }),
          guide: guide('token-refresh', 'refresh'),
        },
      ];
    }
    return [];
  },
};
