/**
 * Nothing after a `#` reaches the server. An unencoded `#` (often the
 * `#/callback` route of a single-page app inside redirect_uri) silently drops
 * every parameter that follows it.
 */
import { consequenceFor, guide, type Check } from '../finding';
import { t } from '../text';

export const urlFragmentCheck: Check = {
  id: 'url-fragment',
  label: t('checkUrlFragment.label'),
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
            title: t('checkUrlFragment.title', {
              params: request.fragmentParams.map((p) => `\`${p.name}\``).join(t('checks.listSeparator')),
            }),
            fragment: `#…${request.fragmentParams.map((p) => p.raw).join('&')}`,
            fix: t('checkUrlFragment.fix'),
            consequence: consequenceFor(endpoint.generation, { oldCode: 100010, standardError: 'invalid_request' }),
            guide: guide('redirect-uri', 'common-problems'),
          },
        ],
};
