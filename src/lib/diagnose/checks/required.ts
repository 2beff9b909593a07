/** Every parameter the endpoint (and, on /oauth2/token, the grant type) requires is sent. */
import { CREDENTIAL_NAMES, NEW_TOKEN_GRANTS, REQUIRED_PARAMS, type Endpoint } from '../endpoints';
import { consequenceFor, type Check, type Finding } from '../finding';
import { FACT_CODES, FACT_GUIDES, factFor, outcomeAt } from '../param-facts';
import { sentParams, type HttpRequest } from '../request';
import { t } from '../text';
import { ownEntry } from '../../search/own-entry';

export function requiredParams(endpoint: Endpoint, request: HttpRequest): string[] {
  if (endpoint.id === 'callback') return [];
  if (endpoint.id !== 'new-token') return REQUIRED_PARAMS[endpoint.id];
  const grantType = sentParams(request).find((p) => p.name === 'grant_type')?.value;
  return (grantType && ownEntry(NEW_TOKEN_GRANTS, grantType)) || ['grant_type', 'client_id', 'client_secret'];
}

/** The other generation's name for a credential parameter, if it has one. */
export function counterpartName(name: string): string | undefined {
  const { old, new: current } = CREDENTIAL_NAMES;
  const pairs: Record<string, string> = {
    [old.id]: current.id,
    [current.id]: old.id,
    [old.secret]: current.secret,
    [current.secret]: old.secret,
  };
  return ownEntry(pairs, name);
}

export const requiredCheck: Check = {
  id: 'required',
  label: t('checkRequired.label'),
  guides: FACT_GUIDES,
  codes: FACT_CODES,
  appliesTo: (endpoint) => endpoint.id !== 'callback',
  run: ({ request, endpoint }) => {
    const names = new Set(sentParams(request).map((p) => p.name));
    return requiredParams(endpoint, request).flatMap((name): Finding[] => {
      if (names.has(name)) return [];
      // Sent under the other generation's name: the generation-names check explains that instead.
      const counterpart = counterpartName(name);
      if (counterpart && names.has(counterpart)) return [];
      const fact = factFor(name);
      const inFragment = request.fragmentParams.some((p) => p.name === name);
      return [
        {
          check: 'required',
          severity: 'error',
          title: t(inFragment ? 'checkRequired.inFragmentTitle' : 'checkRequired.missingTitle', { name }),
          fragment: inFragment ? `#…${name}=…` : t('checkRequired.missingFragment', { name }),
          fix: inFragment
            ? t('checkRequired.inFragmentFix', { name })
            : t('checkRequired.missingFix', {
                name,
                basicAuth: request.basicAuth && /client_(id|secret)/.test(name) ? t('checkRequired.basicAuth') : '',
              }),
          consequence: consequenceFor(endpoint.generation, outcomeAt(fact, endpoint)),
          guide: fact.guide,
        },
      ];
    });
  },
};
