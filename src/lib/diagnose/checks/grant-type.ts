/** `/oauth2/token` accepts exactly the documented grant types. */
import { NEW_TOKEN_GRANTS } from '../endpoints';
import { guide, type Check } from '../finding';
import { sentParams } from '../request';
import { t } from '../text';

export const grantTypeCheck: Check = {
  id: 'grant-type',
  label: t('checkGrantType.label'),
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
        title: t('checkGrantType.title', { value: grant.value }),
        fragment: grant.raw,
        fix: near ? t('checkGrantType.fixNear', { near }) : t('checkGrantType.fix'),
        consequence: { standardError: 'unsupported_grant_type' },
        guide: guide('app-credentials', 'request-format'),
      },
    ];
  },
};
