/**
 * Client side of exact lookup: the list of documented codes is fetched once,
 * only when a lookup actually happens, so pages do not carry it.
 */
import { lookupCode, type LookupResult } from '../lib/code-lookup';
import { MAX_QUERY_LENGTH } from '../lib/search-query';
import { paths } from '../lib/urls';
import { href } from '../href';

let documented: Promise<number[]> | undefined;

export function documentedCodes(): Promise<number[]> {
  documented ??= fetch(href(paths.lookupIndex()))
    .then((response) => (response.ok ? response.json() : { codes: [] }))
    .then((index: { codes: number[] }) => index.codes)
    .catch(() => []);
  return documented;
}

export async function lookup(query: string): Promise<LookupResult> {
  const codes = new Set(await documentedCodes());
  return lookupCode(query, (code) => codes.has(code));
}

/** Where Enter in a search box should go for this query. */
export async function destinationFor(query: string): Promise<string> {
  const result = await lookup(query);
  if (result.kind === 'documented') return href(paths.code(result.code));
  if (result.kind === 'undocumented') return href(paths.lookup(String(result.code)));
  return href(paths.search(query.trim().slice(0, MAX_QUERY_LENGTH)));
}
