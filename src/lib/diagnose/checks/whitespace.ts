/**
 * No credential or token carries leading or trailing whitespace: a space or
 * newline copied along with a secret makes it a different secret.
 */
import { consequenceFor, type Check } from '../finding';
import { FACT_CODES, FACT_GUIDES, factFor } from '../param-facts';
import { sentParams } from '../request';
import { t } from '../text';

/** redirect_uri and scope have their own checks, which name the exact separator or space. */
const CHECKED_ELSEWHERE = new Set(['redirect_uri', 'scope']);

export const whitespaceCheck: Check = {
  id: 'whitespace',
  label: t('checkWhitespace.label'),
  guides: FACT_GUIDES,
  codes: [...FACT_CODES, 100009],
  appliesTo: () => true,
  run: ({ request, endpoint }) =>
    sentParams(request)
      .filter((p) => !CHECKED_ELSEWHERE.has(p.name) && p.value.trim() !== '' && p.value !== p.value.trim())
      .map((p) => {
        const fact = factFor(p.name);
        // The old endpoints answer a wrong secret with 100009 (client_secret 即appkey 非法), not a missing-parameter code.
        const secret = p.name === 'appkey' || p.name === 'client_secret';
        return {
          check: 'whitespace',
          severity: 'error' as const,
          title: t('checkWhitespace.title', { name: p.name }),
          fragment: p.raw,
          fix: t('checkWhitespace.fix'),
          consequence: consequenceFor(endpoint.generation, {
            oldCode: secret ? 100009 : fact.oldCode,
            standardError: secret ? 'invalid_client' : fact.standardError,
          }),
          guide: fact.guide,
        };
      }),
};
