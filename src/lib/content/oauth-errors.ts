/**
 * Standard OAuth 2.0 error names that a WPS code can be compared with, and
 * where each is defined. The mapping of a code to these names is our reading,
 * declared per code in its content file.
 */

export const OAUTH_ERROR_NAMES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'unsupported_response_type',
  'invalid_scope',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
  'invalid_token',
  'insufficient_scope',
] as const;

export type OAuthErrorName = (typeof OAUTH_ERROR_NAMES)[number];

export interface OAuthErrorReference {
  rfc: string;
  section: string;
  url: string;
}

const RFC6749_AUTHZ = 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1';
const RFC6749_TOKEN = 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2';
const RFC6750 = 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1';

export const OAUTH_ERROR_REFERENCES: Record<OAuthErrorName, OAuthErrorReference> = {
  invalid_request: { rfc: 'RFC 6749', section: '§5.2', url: RFC6749_TOKEN },
  invalid_client: { rfc: 'RFC 6749', section: '§5.2', url: RFC6749_TOKEN },
  invalid_grant: { rfc: 'RFC 6749', section: '§5.2', url: RFC6749_TOKEN },
  unauthorized_client: { rfc: 'RFC 6749', section: '§5.2', url: RFC6749_TOKEN },
  unsupported_grant_type: { rfc: 'RFC 6749', section: '§5.2', url: RFC6749_TOKEN },
  unsupported_response_type: { rfc: 'RFC 6749', section: '§4.1.2.1', url: RFC6749_AUTHZ },
  invalid_scope: { rfc: 'RFC 6749', section: '§5.2', url: RFC6749_TOKEN },
  access_denied: { rfc: 'RFC 6749', section: '§4.1.2.1', url: RFC6749_AUTHZ },
  server_error: { rfc: 'RFC 6749', section: '§4.1.2.1', url: RFC6749_AUTHZ },
  temporarily_unavailable: { rfc: 'RFC 6749', section: '§4.1.2.1', url: RFC6749_AUTHZ },
  invalid_token: { rfc: 'RFC 6750', section: '§3.1', url: RFC6750 },
  insufficient_scope: { rfc: 'RFC 6750', section: '§3.1', url: RFC6750 },
};
