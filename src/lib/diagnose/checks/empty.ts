/** No parameter is sent with an empty value (`code=`): to the server that is the same as leaving it out. */
import { consequenceFor, type Check } from '../finding';
import { FACT_CODES, FACT_GUIDES, factFor } from '../param-facts';
import { sentParams } from '../request';
import { t } from '../text';

export const emptyValueCheck: Check = {
  id: 'empty',
  label: t('checkEmpty.label'),
  guides: FACT_GUIDES,
  codes: FACT_CODES,
  appliesTo: () => true,
  run: ({ request, endpoint }) =>
    sentParams(request)
      .filter((p) => p.name !== '' && p.value.trim() === '')
      .map((p) => {
        const fact = factFor(p.name);
        return {
          check: 'empty',
          severity: 'error' as const,
          title: t('checkEmpty.title', { name: p.name }),
          fragment: p.raw,
          fix: t('checkEmpty.fix', { name: p.name }),
          consequence: consequenceFor(endpoint.generation, fact),
          guide: fact.guide,
        };
      }),
};
