/**
 * The site's search ranking over Pagefind's API, apart from loading Pagefind
 * and drawing results: the browser (src/scripts/search-results.ts) and the
 * ranking checks in Node (tests/dist/search-*.test.ts) both run this code on
 * the same built index, so what the checks measure is what readers get.
 * Nothing here reads import.meta.env: the caller passes the base path in.
 */
import { cleanLogText } from './log-line';
import { compileLexicon, meaningScores, queryMeaning, type CompiledLexicon } from './meaning';
import { messageMatches } from './message-match';
import { resultKind, type ResultKind } from './search-excerpt';
import { EMPTY_SEARCH_INDEX, type SearchIndex } from './search-index';
import {
  expandedTerms,
  MAX_QUERY_LENGTH,
  mergeRankings,
  prefixFallbacks,
  ROUTED_TERM_WEIGHT,
  routedTerms,
  termWeight,
  type RankedList,
} from './search-query';

export interface SearchHit {
  url: string;
  kind: ResultKind;
  code?: string;
  title: string;
  /** Pagefind's excerpt (escaped HTML with <mark>), or our own text to highlight. */
  excerpt: { html: string } | { text: string; terms: string[] };
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { weight: number; balanced_score: number }[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Guides are long and mention many codes in passing; a stronger page-length
 * normalisation keeps the short code pages, which answer most queries, on
 * top. A slower term saturation lets the weight of the message and the
 * keywords (data-pagefind-weight) count for more than repeated mentions.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 20,
  ranking: { pageLength: 0.9, termSaturation: 2 },
} as const;

/**
 * Sets the site's options on a freshly imported Pagefind and starts it.
 * baseUrl is the site's base path; basePath, where the index lives, is left
 * to Pagefind (next to pagefind.js) unless the caller serves it elsewhere.
 */
export async function initPagefind(
  pagefind: Pagefind,
  where: { baseUrl: string; basePath?: string },
): Promise<Pagefind> {
  await pagefind.options({ ...PAGEFIND_OPTIONS, ...where });
  await pagefind.init();
  return pagefind;
}

/** Pages that match the whole query get this share of the per-word weights as a bonus. */
const EXACT_MATCH_SHARE = 0.25;
/** A word with this many hits or fewer is probably misspelt: its prefixes are tried too. */
const RARE_HITS = 1;

/** A result with its merged score, best first. */
export interface ScoredResult {
  result: PagefindResult;
  score: number;
}

/**
 * Each word's results, kept for the next keystroke: typing adds a letter to
 * one word, and the other words' searches need not run again.
 */
const wordResults = new WeakMap<Pagefind, Map<string, Promise<PagefindResult[]>>>();
const WORD_CACHE_SIZE = 200;

function searchWord(pagefind: Pagefind, word: string): Promise<PagefindResult[]> {
  let cache = wordResults.get(pagefind);
  if (!cache) wordResults.set(pagefind, (cache = new Map<string, Promise<PagefindResult[]>>()));
  let results = cache.get(word);
  if (!results) {
    results = pagefind.search(word).then((found) => found?.results ?? []);
    if (cache.size >= WORD_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(word, results);
  }
  return results;
}

/** A word's results, or those of a shorter prefix when the word itself is too rare (a typo). */
async function wordOrPrefix(pagefind: Pagefind, term: string): Promise<PagefindResult[]> {
  let results = await searchWord(pagefind, term);
  for (const prefix of prefixFallbacks(term)) {
    if (results.length > RARE_HITS) break;
    const shorter = await searchWord(pagefind, prefix);
    if (shorter.length > results.length) results = shorter;
  }
  return results;
}

/**
 * Pagefind's full-text ranking, relaxed: the whole query, and each word on its
 * own (all searched at once), merged so that pages matching more and rarer
 * words come first. Scores are relative: the best result has 1.
 */
export async function rankedResults(pagefind: Pagefind, query: string): Promise<ScoredResult[]> {
  const terms = expandedTerms(query);
  const [exact, ...perTerm] = await Promise.all([
    searchWord(pagefind, query),
    ...terms.map((term) => wordOrPrefix(pagefind, term)),
  ]);
  // One word that matches is best served by Pagefind's own ranking.
  if (terms.length === 0 || (terms.length === 1 && exact.length > 0)) {
    const best = Math.max(Number.EPSILON, ...exact.map((r) => r.score));
    return exact.map((result) => ({ result, score: result.score / best }));
  }
  const byId = new Map(exact.map((r) => [r.id, r]));
  const routed = new Set(routedTerms(query));
  const lists: RankedList[] = terms.map((term, i) => {
    for (const r of perTerm[i]) if (!byId.has(r.id)) byId.set(r.id, r);
    return { results: perTerm[i], weight: termWeight(perTerm[i].length) * (routed.has(term) ? ROUTED_TERM_WEIGHT : 1) };
  });
  const wordWeights = lists.reduce((sum, list) => sum + list.weight, 0);
  lists.push({ results: exact, weight: EXACT_MATCH_SHARE * wordWeights });
  const merged = mergeRankings(lists);
  const best = Math.max(Number.EPSILON, ...merged.map(([, score]) => score));
  return merged.map(([id, score]) => ({ result: byId.get(id)!, score: score / best }));
}

/** The section of a guide that matched best, so the result lands on it. */
export function bestSection(data: PagefindResultData): PagefindSubResult | undefined {
  const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#'));
  return sections.sort((a, b) => score(b) - score(a))[0];
}

export function toHit(data: PagefindResultData, terms: string[]): SearchHit {
  const kind = resultKind(data.url);
  const title = data.meta.title ?? data.url;
  if (kind === 'code') {
    const text = [data.meta.message, data.meta.meaning].filter(Boolean).join(' — ');
    return {
      url: data.url,
      kind,
      code: data.meta.code,
      title,
      excerpt: text ? { text, terms } : { html: data.excerpt },
    };
  }
  // A category's page starts with its title in two languages: its summary reads better.
  if (kind === 'category' && data.meta.summary)
    return { url: data.url, kind, title, excerpt: { text: data.meta.summary, terms } };
  const section = kind === 'guide' ? bestSection(data) : undefined;
  if (section) {
    const sectionTitle = section.title.replace(/\s*#\s*$/, '');
    return { url: section.url, kind, title: `${title} › ${sectionTitle}`, excerpt: { html: section.excerpt } };
  }
  return { url: data.url, kind, title, excerpt: { html: data.excerpt } };
}

/** Each index's lexicon, compiled once. */
const compiled = new WeakMap<SearchIndex, CompiledLexicon>();
function lexiconOf(index: SearchIndex): CompiledLexicon {
  let lexicon = compiled.get(index);
  if (!lexicon) compiled.set(index, (lexicon = compileLexicon(index.meaning.lexicon)));
  return lexicon;
}

/** How many of the full-text results are read to learn which code each is. */
export const TEXT_CANDIDATES = 12;
/** What a query's meaning counts against its full-text score (the best text match has 1). */
const MEANING_WEIGHT = 1;
/** An official message typed as it is puts its code above everything else. */
const MESSAGE_SCORE = 100;

/** A code page found by its meaning or message alone: drawn from the search index, not from Pagefind. */
function indexHit(code: number, index: SearchIndex, terms: string[], codeUrl: (code: number) => string): SearchHit {
  const message = index.messages.find((m) => m.code === code)?.message ?? '';
  return {
    url: codeUrl(code),
    kind: 'code',
    code: String(code),
    title: index.titles[code] ?? String(code),
    excerpt: { text: message, terms },
  };
}

export interface SearchOptions {
  /** What /lookup.json holds; without it the ranking is full-text only. */
  index?: SearchIndex;
  /** The address of a code's page, with the site's base path. */
  codeUrl?: (code: number) => string;
}

/**
 * The first `limit` hits for what a reader typed, best first: a code whose
 * official message the query is; then codes and pages by their full-text
 * score plus, for codes, how well what they are about fits what the query is
 * about.
 */
export async function searchWith(
  pagefind: Pagefind,
  query: string,
  limit: number,
  { index = EMPTY_SEARCH_INDEX, codeUrl = (code) => `/errors/${code}/` }: SearchOptions = {},
): Promise<SearchHit[]> {
  // Log lines and pasted bodies are searched by their message, without the noise around it.
  const text = cleanLogText(query.slice(0, 4 * MAX_QUERY_LENGTH))
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  if (!text) return [];
  const terms = expandedTerms(text);
  const ranked = await rankedResults(pagefind, text);
  const read = ranked.slice(0, Math.max(limit, TEXT_CANDIDATES));
  const data = await Promise.all(read.map(({ result }) => result.data()));

  const meaning = meaningScores(queryMeaning(text, lexiconOf(index)), index.meaning.codes);
  const byMessage = new Set(messageMatches(query, index.messages));
  const score = new Map<string, number>();
  const hits = new Map<string, SearchHit>();
  const textRank = new Map<string, number>();
  data.forEach((d, i) => {
    const hit = toHit(d, terms);
    const code = hit.code === undefined ? undefined : Number(hit.code);
    const key = code === undefined ? hit.url : `code:${code}`;
    if (hits.has(key)) return;
    hits.set(key, hit);
    textRank.set(key, i);
    score.set(key, read[i].score + (code === undefined ? 0 : MEANING_WEIGHT * (meaning.get(code) ?? 0)));
  });
  for (const [code, value] of meaning) {
    const key = `code:${code}`;
    if (hits.has(key) || !index.titles[code]) continue;
    hits.set(key, indexHit(code, index, terms, codeUrl));
    score.set(key, MEANING_WEIGHT * value);
  }
  for (const code of byMessage) {
    const key = `code:${code}`;
    if (!hits.has(key)) hits.set(key, indexHit(code, index, terms, codeUrl));
    score.set(key, MESSAGE_SCORE + (score.get(key) ?? 0));
  }
  const ranking = [...hits.keys()].sort((a, b) => score.get(b)! - score.get(a)!);
  return keepBestPage(ranking, (key) => (hits.get(key)!.kind === 'code' ? undefined : textRank.get(key)), limit).map(
    (key) => hits.get(key)!,
  );
}

/** A list this long keeps its last place for the best guide section or category, when codes would fill it. */
const PAGE_SLOT_MIN_LIMIT = 5;

/**
 * Codes found by their meaning can outnumber every page in a long list; the
 * guide section that explains them is still worth a place. The page the
 * full text ranks best (within its first three) takes the last place of a
 * live panel unless it already has one.
 */
function keepBestPage(ranking: string[], pageTextRank: (key: string) => number | undefined, limit: number): string[] {
  const top = ranking.slice(0, limit);
  if (limit < PAGE_SLOT_MIN_LIMIT || top.some((key) => pageTextRank(key) !== undefined)) return top;
  const best = ranking.find((key) => (pageTextRank(key) ?? Infinity) < limit);
  return best ? [...top.slice(0, limit - 1), best] : top;
}
