/**
 * Credentials under the right generation's names: `appid`/`appkey` on
 * oauthapi/v2, `client_id`/`client_secret` on oauth2. The other name is
 * simply an unknown parameter to the server.
 */
import { CREDENTIAL_NAMES } from '../endpoints';
import { consequenceFor, guide, type Check, type Finding } from '../finding';
import { factFor, outcomeAt } from '../param-facts';
import { sentParams } from '../request';
import { counterpartName } from './required';
import { t } from '../text';

export const generationNamesCheck: Check = {
  id: 'generation-names',
  label: t('checkGenerationNames.label'),
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
          title: t('checkGenerationNames.title', {
            name: param.name,
            generation: t(
              endpoint.generation === 'old'
                ? 'checkGenerationNames.newGeneration'
                : 'checkGenerationNames.oldGeneration',
            ),
            expected,
          }),
          fragment: param.raw,
          fix: t('checkGenerationNames.fix', { name: param.name, expected }),
          consequence: consequenceFor(endpoint.generation, outcomeAt(factFor(expected), endpoint)),
          guide: guide('app-credentials', 'appid-appkey'),
        },
      ];
    });
  },
};
