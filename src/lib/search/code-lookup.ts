/**
 * Finds the error code in whatever a user typed or pasted into the search
 * box: a bare number, a labelled one ("错误码: 120009"), full-width digits,
 * or a whole JSON error body ({"result":120009,"msg":"…"}).
 */

import { findAlias, type AliasEntry } from './alias-match';
import { familyOf } from './code-families';

export type LookupResult =
  { kind: 'documented'; code: number; alias?: string } | { kind: 'undocumented'; code: number } | { kind: 'none' };

/**
 * Pasted logs can be long; codes sit near the start of an error body, and
 * capping the input keeps every regular expression below linear and cheap.
 */
export const MAX_LOOKUP_INPUT = 10_000;

/** JSON or query-string keys under which APIs return their error code. */
const CODE_KEY =
  /["']?\b(?:result|code|errcode|err_code|errCode|error_code|errorCode|ret|status_code)\b["']?\s*[:=]\s*["']?(\d{1,9})(?![\w])/gi;

/** A bare number, optionally after a label such as "错误码:", "code", "#". */
const LABELLED_NUMBER =
  /^(?:(?:错误码|错误代码|返回码|错误|代码|error\s*code|error|code|result|errcode)\s*[:：=#]?\s*|#\s*)?(\d{1,9})$/i;

/**
 * A number standing on its own. Digits that follow Latin letters belong to an
 * identifier (an appid such as AK20260807SZZMPB, a hash), never to a code.
 * Text may follow a code directly, as in the official list's own lines
 * ("100009client_secret 即appkey 非法"), and Chinese may sit on either side.
 */
const STANDALONE_NUMBER = /(?<![\dA-Za-z_])\d{5,9}(?!\d)/g;

/** Full-width digits and punctuation become ASCII; other characters are kept. */
function normalize(input: string): string {
  return input.slice(0, MAX_LOOKUP_INPUT).normalize('NFKC').trim();
}

function isPlausibleCode(code: number): boolean {
  return familyOf(code).id !== 'unknown';
}

/**
 * A number found loose in a text must look like a code of a known list: for
 * the 8-digit WPS 365 numbering, which also fits dates and ids, only the
 * codes we know by name count.
 */
function isPlausibleLooseCode(code: number): boolean {
  const family = familyOf(code);
  return family.id === 'wps365-oauth' ? family.knownName !== undefined : family.id !== 'unknown';
}

/**
 * Candidate codes in the order they should be tried: values under a code key
 * first, then the whole input when it is just a (labelled) number, then any
 * 5- to 9-digit number that falls in a known WPS numbering.
 */
export function codeCandidates(input: string): number[] {
  const text = normalize(input);
  const found: number[] = [];
  const add = (digits: string) => {
    const code = Number(digits);
    if (!found.includes(code)) found.push(code);
  };

  const whole = LABELLED_NUMBER.exec(text);
  // A value under a code key counts when it is plausible, or when it is all
  // there is; a foreign number inside a longer text (a Weibo "error_code":
  // 21325 next to "invalid_grant") is left to the text search.
  for (const match of text.matchAll(CODE_KEY)) if (whole || isPlausibleCode(Number(match[1]))) add(match[1]);
  if (whole) add(whole[1]);
  for (const match of text.matchAll(STANDALONE_NUMBER)) {
    if (isPlausibleLooseCode(Number(match[0]))) add(match[0]);
  }
  return found;
}

/**
 * Decides where a lookup should go. A documented code wins wherever it
 * appears among the candidates; otherwise a candidate is reported as
 * undocumented, so the reader learns why it is missing instead of getting an
 * empty search.
 */
export function lookupCode(
  input: string,
  isDocumented: (code: number) => boolean,
  aliases: readonly AliasEntry[] = [],
): LookupResult {
  const candidates = codeCandidates(input);
  const documented = candidates.find(isDocumented);
  if (documented !== undefined) return { kind: 'documented', code: documented };
  // A name the code goes by is as exact as its number.
  const alias = findAlias(normalize(input), aliases);
  if (alias && isDocumented(alias.code)) return { kind: 'documented', code: alias.code, alias: alias.text };
  // Every candidate was either given explicitly (a code key, or the whole
  // input) or looks like a WPS code; prefer the latter when there are several.
  const undocumented = candidates.find(isPlausibleCode) ?? candidates[0];
  if (undocumented !== undefined) return { kind: 'undocumented', code: undocumented };
  return { kind: 'none' };
}
