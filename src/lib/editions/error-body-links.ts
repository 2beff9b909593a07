/**
 * How an API that passes a WPS error on to its own callers can point at a
 * code's page: as the problem type of RFC 9457 problem details, and as the
 * error_uri of an OAuth 2.0 error (RFC 6749 §4.1.2.1 and §5.2, RFC 6750 §3).
 * The examples are built from the code's page URL, so they are never retyped.
 */

import { t } from '../../i18n';
import { OAUTH_ERROR_REFERENCES, type OAuthErrorName } from '../content/oauth-errors';

/** The heading of this part of a code page, on the page and in its Markdown. */
export const ERROR_BODY_HEADING = t('errorBody.heading');

export const RFC9457_TYPE_URL = 'https://www.rfc-editor.org/rfc/rfc9457#section-3.1.1';

export interface ErrorBodyExample {
  /** Where the standard defines the field that carries the page URL. */
  standard: string;
  standardUrl: string;
  /** The field, as the standard names it. */
  field: string;
  /** An HTTP response fragment (headers and, if any, body). */
  example: string;
}

/** An RFC 9457 problem details response whose type is the code's page. */
export function problemDetailsExample(pageUrl: string, code: number, title: string): ErrorBodyExample {
  const body = JSON.stringify({ type: pageUrl, title, result: code }, null, 2);
  return {
    standard: 'RFC 9457 §3.1.1',
    standardUrl: RFC9457_TYPE_URL,
    field: 'type',
    example: `Content-Type: application/problem+json\n\n${body}`,
  };
}

/**
 * An OAuth error response carrying the page as error_uri, in the form the
 * standard defines for that error: a JSON body from the token endpoint
 * (RFC 6749 §5.2), a redirect back to the client from the authorization
 * endpoint (§4.1.2.1), or a WWW-Authenticate header from a resource server
 * (RFC 6750 §3). error_description is optional in all three and left out.
 */
export function oauthErrorExample(pageUrl: string, error: OAuthErrorName): ErrorBodyExample {
  const reference = OAUTH_ERROR_REFERENCES[error];
  const common = { standard: `${reference.rfc} ${reference.section}`, standardUrl: reference.url, field: 'error_uri' };
  if (reference.rfc === 'RFC 6750') {
    return { ...common, example: `WWW-Authenticate: Bearer error="${error}",\n    error_uri="${pageUrl}"` };
  }
  if (reference.section === '§4.1.2.1') {
    const query = new URLSearchParams({ error, error_uri: pageUrl, state: 'xyz' });
    return { ...common, example: `Location: https://client.example.com/callback?${query.toString()}` };
  }
  const body = JSON.stringify({ error, error_uri: pageUrl }, null, 2);
  return { ...common, example: `Content-Type: application/json\n\n${body}` };
}
