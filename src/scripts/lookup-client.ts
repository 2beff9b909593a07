/**
 * Client side of exact lookup: the list of documented codes and their
 * aliases is fetched once, only when a lookup actually happens, so pages do
 * not carry it.
 */
import { lookupCode, type LookupResult } from '../lib/search/code-lookup';
import { EMPTY_SEARCH_INDEX, type SearchIndex } from '../lib/search/search-index';
import { MAX_QUERY_LENGTH } from '../lib/search/search-query';
import { paths } from '../lib/site/urls';
import { matchWps365, WPS365_GUIDE_SLUG } from '../lib/search/wps365-errors';
import { API_ERRORS_SECTION, wps365StatusInText } from '../lib/search/wps365-api';
import { parseGuideRef } from '../lib/content/guide-refs';
import { href } from '../href';

let index: Promise<SearchIndex> | undefined;

/** /lookup.json, fetched once; an index that knows nothing when it cannot be read. */
export function searchIndex(): Promise<SearchIndex> {
  index ??= fetch(href(paths.lookupIndex()))
    .then((response) => (response.ok ? response.json() : {}))
    .then((data: Partial<SearchIndex>) => ({ ...EMPTY_SEARCH_INDEX, ...data }))
    .catch(() => EMPTY_SEARCH_INDEX);
  return index;
}

export async function documentedCodes(): Promise<number[]> {
  return (await searchIndex()).codes;
}

export async function lookup(query: string): Promise<LookupResult> {
  const { codes, aliases, messages } = await searchIndex();
  const documented = new Set(codes);
  return lookupCode(query, (code) => documented.has(code), aliases, messages);
}

/** What Enter in a search box does for this query, and where it goes. */
export type EnterTarget =
  | { kind: 'code'; code: number; url: string }
  | { kind: 'qq-connect'; code: number; url: string }
  | { kind: 'wps365'; code?: number; label: string; url: string }
  | { kind: 'number'; code: number; url: string }
  | { kind: 'search'; url: string };

export async function enterTarget(query: string): Promise<EnterTarget> {
  // A WPS 365 error body lands on the row of the family's page that matches it.
  const wps365 = matchWps365(query);
  if (wps365) {
    const url = href(paths.guide(WPS365_GUIDE_SLUG, wps365.row?.id));
    return { kind: 'wps365', code: wps365.code, label: wps365.row?.error ?? String(wps365.code), url };
  }
  const result = await lookup(query);
  // A WPS 365 API failure without a code ("… kso.file.readwrite … 报 403"): the guide's section on those errors.
  const status = result.kind === 'none' ? wps365StatusInText(query) : undefined;
  if (status) {
    const { slug, section } = parseGuideRef(API_ERRORS_SECTION)!;
    return { kind: 'wps365', label: `HTTP ${status.status}`, url: href(paths.guide(slug, section)) };
  }
  if (result.kind === 'documented' && result.via === 'qq-connect')
    return { kind: 'qq-connect', code: result.code, url: href(paths.codeFromQq(result.code)) };
  if (result.kind === 'documented') return { kind: 'code', code: result.code, url: href(paths.code(result.code)) };
  if (result.kind === 'undocumented')
    return { kind: 'number', code: result.code, url: href(paths.lookup(String(result.code))) };
  return { kind: 'search', url: href(paths.search(query.trim().slice(0, MAX_QUERY_LENGTH))) };
}

/** Where Enter in a search box should go for this query. */
export async function destinationFor(query: string): Promise<string> {
  return (await enterTarget(query)).url;
}
