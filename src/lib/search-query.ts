/**
 * Query relaxation for the full-text search. Pagefind requires every query
 * word to match, so a question such as "文件太大传不上去" or a typo such as
 * "too many reqeusts" finds nothing. When the exact search comes up short,
 * the query is split into words, filler words are dropped, each word is
 * searched alone (a word with no hit is retried as a prefix), and the
 * results are merged so that pages matching more, and rarer, words rank first.
 */
import { SITE_LOCALE } from '../i18n/locales';

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
  'get',
  'got',
  'getting',
  'error',
  'code',
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
};

/** The query's words plus their formal equivalents, without duplicates. */
export function expandedTerms(query: string): string[] {
  const terms = queryTerms(query);
  return [...new Set([...terms, ...terms.flatMap((t) => FORMAL_VOCABULARY[t] ?? [])])];
}

/** Longer queries add nothing to ranking, only slow the index and bloat linked URLs. */
export const MAX_QUERY_LENGTH = 200;

/** At most this many words are searched one by one. */
export const MAX_TERMS = 6;
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
  return [...new Set(pairSingleCharacters(words).filter((w) => !FILLER.has(w)))].slice(0, MAX_TERMS);
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

/** Merges ranked lists into one ranking by weighted, per-list normalised score. */
export function mergeRankings(lists: RankedList[]): string[] {
  const total = new Map<string, number>();
  for (const { results, weight } of lists) {
    const best = Math.max(...results.map((r) => r.score), Number.EPSILON);
    for (const { id, score } of results) total.set(id, (total.get(id) ?? 0) + weight * (score / best));
  }
  return [...total].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
