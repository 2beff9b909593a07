/**
 * Query relaxation for the full-text search. Pagefind requires every query
 * word to match, so a question such as "文件太大传不上去" or a typo such as
 * "too many reqeusts" finds nothing. When the exact search comes up short,
 * the query is split into words, filler words are dropped, each word is
 * searched alone (a word with no hit is retried as a prefix), and the
 * results are merged so that pages matching more, and rarer, words rank first.
 */
import { SITE_LOCALE } from '../../i18n/locales';
import { ownEntry } from './own-entry';

/** Particles and question words that carry no meaning for the search. */
const FILLER = new Set([
  '了',
  '已',
  '已经',
  '的',
  '地',
  '得',
  '吗',
  '呢',
  '啊',
  '吧',
  '呀',
  '么',
  '怎么',
  '怎么办',
  '怎样',
  '为什么',
  '为啥',
  '如何',
  '什么',
  '是',
  '在',
  '我',
  '我们',
  '你',
  '它',
  '这',
  '那',
  '这个',
  '那个',
  '一直',
  '总是',
  '老是',
  '突然',
  '又',
  '还',
  '就',
  '都',
  '被',
  '时',
  '时候',
  '后',
  '之后',
  '会',
  '要',
  '请问',
  '提示',
  '显示',
  '出现',
  '返回',
  '报',
  '报错',
  '错误码',
  '问题',
  '一下',
  '怎么回事',
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'be',
  'my',
  'our',
  'i',
  'we',
  'it',
  'its',
  'to',
  'of',
  'for',
  'in',
  'on',
  'at',
  'with',
  'how',
  'why',
  'what',
  'when',
  'does',
  'do',
  'did',
  'can',
  'cannot',
  'got',
  'getting',
  'please',
  'this',
  'that',
  'has',
  'have',
  'been',
  'by',
  'or',
  'and',
  'not',
  'any',
  'wps',
  'api',
]);

/**
 * Everyday words mapped to the formal vocabulary of the official messages
 * ("HTTP请求非post方式", "文件未上传", "回调地址不合法"): a reader types 不是, 没,
 * 不对, the list says 非, 未, 错误/非法. Each mapped word is searched as well.
 */
const FORMAL_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  不是: ['非'],
  不对: ['错误', '非法'],
  错了: ['错误'],
  填错: ['错误', '不合法'],
  没: ['未'],
  没有: ['未', '缺少'],
  还没: ['未'],
  少了: ['缺少'],
  太多: ['频繁'],
  太快: ['频繁'],
  满了: ['已满'],
  太大: ['超过限制'],
  失效: ['无效'],
  不行: ['失败'],
  // English wordings (the QQ-style table, OAuth servers, SDK exceptions) in the list's own words.
  illegal: ['非法', '不合法'],
  invalid: ['无效', '非法'],
  expired: ['过期'],
  revoked: ['废除'],
  reused: ['重复使用'],
  lost: ['缺少'],
  missing: ['缺少'],
  empty: ['为空'],
  wrong: ['错误'],
  failed: ['失败'],
  error: ['失败'],
  get: ['获取'],
  param: ['参数'],
  parameter: ['参数'],
  exist: ['不存在'],
  exists: ['已经存在'],
  upload: ['上传'],
  frequently: ['频繁'],
  limit: ['限制'],
  callback: ['回调地址'],
  incorrect: ['错误', '非法'],
  不匹配: ['不合法', '无效'],
  不一致: ['不合法', '无效'],
  重定向: ['回调地址'],
};

/**
 * Standard OAuth error names and close relatives that servers print instead:
 * each routes the search to the list's own words for the same failure. The
 * RFC names themselves are on the code pages (the OAuth-comparison line), so
 * they are searched as they are as well.
 */
const OAUTH_NAME_TERMS: Readonly<Record<string, readonly string[]>> = {
  invalid_request: ['invalid_request', '缺少参数'],
  invalid_client: ['invalid_client', 'appid', 'appkey'],
  invalid_grant: ['invalid_grant', 'code', '换取'],
  unauthorized_client: ['unauthorized_client', '上线'],
  unsupported_grant_type: ['unsupported_grant_type', 'grant_type'],
  unsupported_response_type: ['unsupported_response_type', 'response_type'],
  invalid_scope: ['invalid_scope', 'scope'],
  insufficient_scope: ['insufficient_scope', '授权'],
  access_denied: ['access_denied', '不能登录'],
  server_error: ['server_error', '服务器内部错误'],
  temporarily_unavailable: ['temporarily_unavailable', '频繁'],
  invalid_token: ['invalid_token', 'access', 'token'],
  expired_token: ['invalid_token', '过期'],
  redirect_uri_mismatch: ['回调地址', '不合法', 'redirecturi'],
  invalid_redirect_uri: ['回调地址', '不合法', 'redirecturi'],
  invalid_uri: ['回调地址', 'redirecturi'],
  incorrect_client_credentials: ['invalid_client', 'appkey'],
};

/**
 * English sentences from OAuth servers, recognised by what they are about
 * rather than by their exact wording: each adds the list's words for it.
 */
const ENGLISH_CUES: readonly { pattern: RegExp; terms: readonly string[] }[] = [
  {
    // "… does not match any of the OAuth 2.0 Client's pre-registered redirect urls", "reply address … not match"
    pattern:
      /redirect(?:ion)?[\s_-]*ur[il]s?\b.*\b(?:not match|mismatch|whitelist|absolute|invalid|illegal|registered)/i,
    terms: ['回调地址', '不合法', 'redirecturi', '无效'],
  },
  {
    pattern:
      /\b(?:no|missing|empty|without)\b.*redirect(?:ion)?[\s_-]*ur[il]|redirect(?:ion)?[\s_-]*ur[il]\w*\b.*\b(?:missing|empty|not config|required)/i,
    terms: ['redirecturi', '为空', '回调地址'],
  },
  {
    pattern: /(?:redirect[\s_-]*ur[il]|回调|重定向).*(?:不匹配|不一致|不合法)/i,
    terms: ['回调地址', '不合法', 'redirecturi'],
  },
  {
    pattern: /\bscope\b.*\b(?:invalid|unknown|malformed|not allowed|unsupported|exceeds)\b/i,
    terms: ['scope', '错误的scope'],
  },
  { pattern: /\bcode\b.*\b(?:reused|used|already)\b/i, terms: ['code', '重复使用'] },
  { pattern: /\b(?:must be post|request method)\b/i, terms: ['post', '非post'] },
  {
    pattern: /\brefresh[\s_-]*token\b.*\b(?:invalid|expired|used|revoked)\b/i,
    terms: ['refresh_token', '无效的refresh'],
  },
];

/**
 * "No client id supplied", "missing refresh token": a parameter said to be
 * absent, in the list's words ("缺少参数client_id", "缺少refresh token").
 */
const MISSING_PARAMETER =
  /\b(?:no|missing|lacks?|without)\s+(?:the\s+|required\s+)?(client[\s_]?id|client[\s_]?secret|code|grant[\s_]?type|response[\s_]?type|refresh[\s_]?token|access[\s_]?token|redirect[\s_]?uri)\b/i;

/** Search words that the OAuth names and English sentences in a query stand for. */
export function routedTerms(query: string): string[] {
  const text = query.normalize('NFKC');
  const names = [...text.toLowerCase().matchAll(/\b[a-z]+(?:_[a-z]+)+\b/g)].map((m) => m[0]);
  const fromNames = names.flatMap((name) => ownEntry(OAUTH_NAME_TERMS, name) ?? []);
  const fromCues = ENGLISH_CUES.filter((cue) => cue.pattern.test(text)).flatMap((cue) => cue.terms);
  const missing = MISSING_PARAMETER.exec(text)?.[1].toLowerCase().replace(/\s+/, '_');
  const fromMissing = missing ? ['缺少', missing === 'redirect_uri' ? 'redirecturi' : missing] : [];
  return [...new Set([...fromNames, ...fromCues, ...fromMissing])];
}

/** The query's words plus their formal equivalents and routed words, without duplicates. */
export function expandedTerms(query: string): string[] {
  const terms = queryTerms(query);
  return [...new Set([...terms, ...terms.flatMap((t) => ownEntry(FORMAL_VOCABULARY, t) ?? []), ...routedTerms(query)])];
}

/**
 * A routed word stands for what the whole query is about (an OAuth error
 * name, the subject of an English sentence), so it counts more than any one
 * word of a long pasted message.
 */
export const ROUTED_TERM_WEIGHT = 3;

/** Longer queries add nothing to ranking, only slow the index and bloat linked URLs. */
export const MAX_QUERY_LENGTH = 200;

/**
 * At most this many words are searched one by one. The query has been cleaned
 * of log noise before (cleanLogText), so the words left are the message's;
 * the limit only bounds the work for a pasted paragraph.
 */
export const MAX_TERMS = 16;
const MIN_PREFIX = 3;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(SITE_LOCALE.segmenterLocale, { granularity: 'word' })
    : undefined;

/**
 * Joins runs of single Chinese characters into overlapping pairs. A segmenter
 * that does not know a word ("回调", "上传") returns its characters one by
 * one, and single characters match almost every page; pairs are the classic
 * fallback for Chinese search.
 */
export function pairSingleCharacters(words: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) out.push(run[0]);
    for (let i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
    run = [];
  };
  for (const word of words) {
    if (/^\p{Script=Han}$/u.test(word)) run.push(word);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}

/** The meaningful words of a query, in order, without duplicates. */
export function queryTerms(query: string): string[] {
  const text = query.normalize('NFKC').toLowerCase();
  const words: string[] = [];
  for (const chunk of text.split(/[^\p{L}\p{N}_]+/u).filter(Boolean)) {
    // Latin words (including snake_case names such as grant_type) stay whole;
    // Chinese runs are split into words by the platform's segmenter.
    if (/^[\p{Script=Latin}\p{N}_]+$/u.test(chunk) || !segmenter) words.push(chunk);
    else
      for (const part of segmenter.segment(chunk))
        if (part.isWordLike && !FILLER.has(part.segment)) words.push(part.segment);
  }
  // Numbers other than codes (counts, ports, sizes) match nothing useful.
  const meaningful = pairSingleCharacters(words).filter((w) => !FILLER.has(w) && !/^(?:\d{1,5}|\d{7}|\d{9,})$/.test(w));
  return [...new Set(meaningful)].slice(0, MAX_TERMS);
}

/** Shorter forms of a Latin word to try when it matches nothing (typos usually sit late in a word). */
export function prefixFallbacks(term: string): string[] {
  if (!/^[a-z_]+$/.test(term) || term.length <= MIN_PREFIX + 1) return [];
  const lengths = [Math.ceil(term.length * 0.6), MIN_PREFIX + 1, MIN_PREFIX].filter(
    (n) => n >= MIN_PREFIX && n < term.length,
  );
  return [...new Set(lengths.map((n) => term.slice(0, n)))];
}

export interface RankedList {
  /** Result ids with Pagefind's scores, best first. */
  results: { id: string; score: number }[];
  /** How much a match in this list counts. */
  weight: number;
}

/**
 * The weight of one word's results: rarer words say more about what the
 * reader wants, so a word found on few pages weighs more than a common one.
 */
export function termWeight(hits: number): number {
  return hits === 0 ? 0 : 1 / Math.sqrt(hits);
}

/** Merges ranked lists into one ranking by weighted, per-list normalised score: ids with their scores, best first. */
export function mergeRankings(lists: RankedList[]): [string, number][] {
  const total = new Map<string, number>();
  for (const { results, weight } of lists) {
    const best = Math.max(...results.map((r) => r.score), Number.EPSILON);
    for (const { id, score } of results) total.set(id, (total.get(id) ?? 0) + weight * (score / best));
  }
  return [...total].sort((a, b) => b[1] - a[1]);
}
