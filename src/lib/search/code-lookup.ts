/**
 * Finds the error code in whatever a user typed or pasted into the search
 * box: a bare number, a labelled one ("错误码: 120009"), full-width digits,
 * or a whole JSON error body ({"result":120009,"msg":"…"}).
 */

import { findAlias, type AliasEntry } from './alias-match';
import { familyOf } from './code-families';
import { messageMatches, type MessageEntry } from './message-match';
import { isQqMirrored, mentionsQqConnect } from './qq-connect';

export type LookupResult =
  | { kind: 'documented'; code: number; alias?: string; via?: 'qq-connect' }
  | { kind: 'undocumented'; code: number }
  | { kind: 'none' };

/** The answer for a documented code, saying so when the paste is QQ Connect's. */
function documented(code: number, input: string, alias?: AliasEntry): LookupResult {
  // A paste from QQ Connect's API: its host or name, or QQ's own wording of the code.
  const fromQq = alias?.seen === 'qq-connect' || (mentionsQqConnect(input) && isQqMirrored(code));
  return {
    kind: 'documented',
    code,
    ...(alias ? { alias: alias.text } : {}),
    ...(fromQq ? { via: 'qq-connect' as const } : {}),
  };
}

/**
 * Pasted logs can be long; codes sit near the start of an error body, and
 * capping the input keeps every regular expression below linear and cheap.
 */
export const MAX_LOOKUP_INPUT = 10_000;

/** JSON or query-string keys under which APIs return their error code. */
const CODE_KEY =
  /["']?\b(?:result|code|errcode|err_code|errCode|error_code|errorCode|ret|status_code)\b["']?\s*[:=]\s*["']?(\d{1,9})(?![\w])/gi;

/** A number right after a label inside a longer text: "错误码：100040 以及…". */
const LABEL_BEFORE = /(?:错误码|错误代码|返回码|error\s*code|errcode|result)\s*[:：=#]?\s*(\d{1,9})(?!\d)/gi;

/** A bare number, optionally after a label such as "错误码:", "code", "#". */
const LABELLED_NUMBER =
  /^(?:(?:错误码|错误代码|返回码|错误|代码|error\s*code|error|code|result|errcode)\s*[:：=#]?\s*|#\s*)?(\d{1,9})$/i;

/**
 * A number standing on its own. Digits that follow Latin letters belong to an
 * identifier (an appid such as AK20260807SZZMPB, a hash), never to a code.
 * Text may follow a code directly, as in the official list's own lines
 * ("100009client_secret 即appkey 非法"), and Chinese may sit on either side.
 */
const STANDALONE_NUMBER = /(?<![\dA-Za-z_])(?<!\d[.,:])\d{5,9}(?!\d)/g;

/**
 * Numbers that are never codes when they stand loose in a text, blanked out
 * before it is scanned: URLs, path segments (/files/120009/), values of id
 * fields (file_id=120009), UUIDs and long hexadecimal ids. A code under a
 * code key ("result":120009) is read before this, so it still counts.
 */
const NOT_A_CODE: readonly RegExp[] = [
  /\b(?:https?|wss?):\/\/\S*/gi,
  /\/\d+(?=[/?#.\s"'),\]]|$)/g,
  /\b\w*id["']?\s*[:=]\s*["']?\d+/gi,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}\b/gi,
];

const blankOut = (text: string): string => NOT_A_CODE.reduce((t, pattern) => t.replace(pattern, ' '), text);

/** Words of a failure: beside them, a wrapper's own "code: 0" is not the success code. */
const FAILURE_WORDS = /error|exception|fail|denied|invalid|失败|错误|异常|拒绝/i;

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
 * A code that carries its own family, whatever surrounds it: a 9-digit WPS 365
 * API code or a known 8-digit WPS 365 OAuth code. A loose number that merely
 * falls in a global range (another platform's errno, an order number) is
 * not one.
 */
function namesItsFamily(code: number): boolean {
  const family = familyOf(code);
  return family.id === 'wps365-api' || (family.id === 'wps365-oauth' && family.knownName !== undefined);
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
  // 21325 next to "invalid_grant") is left to the text search. So is an
  // exception's own "code: 0" beside a failure: 0 means success only alone.
  const failure = FAILURE_WORDS.test(text);
  for (const match of text.matchAll(CODE_KEY)) {
    const code = Number(match[1]);
    if (whole || ((code !== 0 || !failure) && isPlausibleCode(code))) add(match[1]);
  }
  if (whole) add(whole[1]);
  for (const match of blankOut(text).matchAll(STANDALONE_NUMBER)) {
    if (isPlausibleLooseCode(Number(match[0]))) add(match[0]);
  }
  return found;
}

/**
 * The candidates that may be reported as undocumented: those given as a code
 * (under a code key, or the whole input) and those whose digits name their
 * family. A loose number in a global range inside a sentence is more likely
 * some other platform's number than an undocumented WPS code; the text search
 * answers such a paste better than a page about the number.
 */
function reportableCandidates(input: string): number[] {
  const text = normalize(input);
  const whole = LABELLED_NUMBER.exec(text);
  const given = new Set<number>(whole ? [Number(whole[1])] : []);
  for (const pattern of [CODE_KEY, LABEL_BEFORE])
    for (const match of text.matchAll(pattern)) if (isPlausibleCode(Number(match[1]))) given.add(Number(match[1]));
  return codeCandidates(input).filter((code) => given.has(code) || namesItsFamily(code));
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
  messages: readonly MessageEntry[] = [],
): LookupResult {
  const candidates = codeCandidates(input);
  const documentedCode = candidates.find(isDocumented);
  // A name the code goes by is as exact as its number, and says where the paste came from.
  const alias = findAlias(normalize(input), aliases);
  if (documentedCode !== undefined)
    return documented(documentedCode, input, alias?.code === documentedCode ? alias : undefined);
  if (alias && isDocumented(alias.code)) return documented(alias.code, input, alias);
  // So is its official message, when only one code has it (two share "RedirectUri为空": the search lists both).
  const byMessage = messageMatches(input, messages);
  if (byMessage.length === 1 && isDocumented(byMessage[0])) return documented(byMessage[0], input);
  // Prefer a number that looks like a WPS code when there are several.
  const reportable = reportableCandidates(input);
  const undocumented = reportable.find(isPlausibleCode) ?? reportable[0];
  if (undocumented !== undefined) return { kind: 'undocumented', code: undocumented };
  return { kind: 'none' };
}
