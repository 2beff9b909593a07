/**
 * Per parameter: what leaving it out (or sending it empty) leads to, and the
 * guide section that explains it. The global codes are the official list's
 * "缺少参数…" rows; the standard errors follow RFC 6749 §4.1.2.1 and §5.2.
 */
import type { GuideRef } from '../content/guide-refs';
import type { OAuthErrorName } from '../content/oauth-errors';
import type { Endpoint } from './endpoints';
import { guide } from './finding';
import { ownEntry } from '../search/own-entry';

export interface ParamFact {
  /** The global code the old endpoints give when it is missing (official message in brackets). */
  oldCode?: number;
  standardError: OAuthErrorName;
  guide: GuideRef;
}

export const PARAM_FACTS: Record<string, ParamFact> = {
  // 100000 缺少参数response_type或response_type非法
  response_type: { oldCode: 100000, standardError: 'invalid_request', guide: guide('authorization-code', 'authorize') },
  // 100001 缺少参数client_id: the old endpoints call it appid
  appid: { oldCode: 100001, standardError: 'invalid_request', guide: guide('app-credentials', 'appid-appkey') },
  client_id: { oldCode: 100001, standardError: 'invalid_client', guide: guide('app-credentials', 'appid-appkey') },
  // 100002 缺少参数client_secret: "client_secret 即appkey"
  appkey: { oldCode: 100002, standardError: 'invalid_client', guide: guide('app-credentials', 'appid-appkey') },
  client_secret: { oldCode: 100002, standardError: 'invalid_client', guide: guide('app-credentials', 'appid-appkey') },
  // 100004 缺少参数grant_type或grant_type非法
  grant_type: { oldCode: 100004, standardError: 'invalid_request', guide: guide('app-credentials', 'request-format') },
  // 100005 缺少参数code
  code: { oldCode: 100005, standardError: 'invalid_request', guide: guide('authorization-code', 'exchange') },
  // 100006 缺少refresh token
  refresh_token: { oldCode: 100006, standardError: 'invalid_request', guide: guide('token-refresh', 'refresh') },
  // 130007 RedirectUri为空
  redirect_uri: { oldCode: 130007, standardError: 'invalid_request', guide: guide('redirect-uri', 'missing') },
  // 130008 Scope为空
  scope: { oldCode: 130008, standardError: 'invalid_scope', guide: guide('scopes-and-publishing', 'scopes') },
  state: { standardError: 'invalid_request', guide: guide('authorization-code', 'callback') },
};

export const GENERIC_FACT: ParamFact = {
  standardError: 'invalid_request',
  guide: guide('app-credentials', 'request-format'),
};

export const factFor = (name: string): ParamFact => ownEntry(PARAM_FACTS, name) ?? GENERIC_FACT;

/**
 * What leaving the parameter out leads to at this endpoint. `invalid_client`
 * is a token-endpoint error (RFC 6749 §5.2); the authorization endpoint's
 * list (§4.1.2.1) has no such name, so there a bad client is an invalid request.
 */
export function outcomeAt(fact: ParamFact, endpoint: Endpoint): ParamFact {
  const atAuthorize = endpoint.id === 'old-authorize' || endpoint.id === 'new-authorize';
  return atAuthorize && fact.standardError === 'invalid_client' ? { ...fact, standardError: 'invalid_request' } : fact;
}

const allFacts = [...Object.values(PARAM_FACTS), GENERIC_FACT];

/** Every guide section the facts above link, once each. */
export const FACT_GUIDES: GuideRef[] = allFacts
  .map((f) => f.guide)
  .filter((g, i, all) => all.findIndex((o) => o.slug === g.slug && o.section === g.section) === i);

/** Every global code the facts above name. */
export const FACT_CODES: number[] = allFacts.flatMap((f) => (f.oldCode === undefined ? [] : [f.oldCode]));
