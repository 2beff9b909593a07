/**
 * What the public documentation says each WPS OAuth endpoint expects. Every
 * fact here carries its sources, as ids of content/sources.yaml (the
 * diagnosis page lists them with their titles and addresses); the checks read
 * the facts from here and nowhere else. Two generations exist: the older
 * `oauthapi/v2` (the era of the global code list) and the current WPS 365
 * `oauth2`, whose failures use a separate, unpublished code list.
 */
import type { HttpRequest } from './request';
import { t } from './text';

export type Generation = 'old' | 'new';
export type EndpointId = 'old-authorize' | 'old-token' | 'old-refresh' | 'new-authorize' | 'new-token' | 'callback';
export type ParamPlace = 'query' | 'json' | 'form';

export interface Endpoint {
  id: EndpointId;
  generation?: Generation;
  label: string;
  method: 'GET' | 'POST';
  /** Where the parameters go. */
  place: ParamPlace;
  /** Ids of the content/sources.yaml entries the facts about this endpoint rest on. */
  sources: readonly string[];
}

export const ENDPOINTS: Record<EndpointId, Endpoint> = {
  'old-authorize': {
    id: 'old-authorize',
    generation: 'old',
    label: t('endpoint.oldAuthorize'),
    method: 'GET',
    place: 'query',
    sources: ['wps-docs-api-java-auth', 'wps-doc-oauth-mirror'],
  },
  'old-token': {
    id: 'old-token',
    generation: 'old',
    label: t('endpoint.oldToken'),
    method: 'GET',
    place: 'query',
    sources: ['wps-opensdk-php-oauth2'],
  },
  'old-refresh': {
    id: 'old-refresh',
    generation: 'old',
    label: t('endpoint.oldRefresh'),
    method: 'POST',
    place: 'json',
    sources: ['wps-opensdk-php-oauth2'],
  },
  'new-authorize': {
    id: 'new-authorize',
    generation: 'new',
    label: t('endpoint.newAuthorize'),
    method: 'GET',
    place: 'query',
    sources: ['wps365-user-auth-flow'],
  },
  'new-token': {
    id: 'new-token',
    generation: 'new',
    label: t('endpoint.newToken'),
    method: 'POST',
    place: 'form',
    sources: ['wps365-get-user-token', 'wps365-refresh-user-token', 'rfc6749'],
  },
  callback: {
    id: 'callback',
    label: t('endpoint.callback'),
    method: 'GET',
    place: 'query',
    sources: ['wps365-user-auth-flow', 'rfc6749'],
  },
};

/** The grant types `/oauth2/token` accepts, and the parameters each requires (WPS 365 docs). */
export const NEW_TOKEN_GRANTS: Record<string, string[]> = {
  authorization_code: ['grant_type', 'code', 'redirect_uri', 'client_id', 'client_secret'],
  refresh_token: ['grant_type', 'refresh_token', 'client_id', 'client_secret'],
  client_credentials: ['grant_type', 'client_id', 'client_secret'],
};

/** Required parameters of every endpoint except `/oauth2/token`, whose list depends on grant_type. */
export const REQUIRED_PARAMS: Record<Exclude<EndpointId, 'new-token' | 'callback'>, string[]> = {
  'old-authorize': ['response_type', 'appid', 'redirect_uri', 'scope'],
  'old-token': ['appid', 'appkey', 'code'],
  'old-refresh': ['appid', 'appkey', 'refresh_token'],
  'new-authorize': ['response_type', 'client_id', 'redirect_uri', 'scope'],
};

/** The same credential under each generation's name ("client_secret 即appkey", says the official list). */
export const CREDENTIAL_NAMES: Record<Generation, { id: string; secret: string }> = {
  old: { id: 'appid', secret: 'appkey' },
  new: { id: 'client_id', secret: 'client_secret' },
};

/** Parameters that carry a secret or a credential-like value and must never be shown in a ticket. */
export const SECRET_PARAMS = [
  'client_secret',
  'appkey',
  'code',
  'access_token',
  'refresh_token',
  'password',
  'app_ticket',
];

/** Which endpoint a request targets, from its path; a request to any other address that carries `code` or `error` is a callback. */
export function endpointOf(request: Pick<HttpRequest, 'path' | 'query' | 'fragmentParams'>): Endpoint | undefined {
  const path = request.path.replace(/\/+$/, '').toLowerCase();
  if (path.endsWith('/oauthapi/v2/authorize')) return ENDPOINTS['old-authorize'];
  if (path.endsWith('/oauthapi/v2/token/refresh')) return ENDPOINTS['old-refresh'];
  if (path.endsWith('/oauthapi/v2/token')) return ENDPOINTS['old-token'];
  if (path.endsWith('/oauth2/auth') || path.endsWith('/oauth2/authorize')) return ENDPOINTS['new-authorize'];
  if (path.endsWith('/oauth2/token')) return ENDPOINTS['new-token'];
  const names = [...request.query, ...request.fragmentParams].map((p) => p.name);
  if (names.includes('code') || names.includes('error')) return ENDPOINTS.callback;
  return undefined;
}
