/**
 * The site's search ranking over Pagefind's API, apart from loading Pagefind
 * and drawing results: the browser (src/scripts/search-results.ts) and the
 * ranking checks in Node (tests/dist/search-*.test.ts) both run this code on
 * the same built index, so what the checks measure is what readers get.
 * Nothing here reads import.meta.env: the caller passes the base path in.
 */
import { cleanLogText } from './log-line';
import { resultKind, type ResultKind } from './search-excerpt';
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

export async function rankedResults(pagefind: Pagefind, query: string): Promise<PagefindResult[]> {
  const exact = (await pagefind.search(query))?.results ?? [];
  const terms = expandedTerms(query);
  // One word that matches is best served by Pagefind's own ranking.
  if (terms.length === 0 || (terms.length === 1 && exact.length > 0)) return exact;

  const byId = new Map(exact.map((r) => [r.id, r]));
  const routed = new Set(routedTerms(query));
  const lists: RankedList[] = [];
  for (const term of terms) {
    let results = (await pagefind.search(term))?.results ?? [];
    for (const prefix of prefixFallbacks(term)) {
      if (results.length > RARE_HITS) break;
      const shorter = (await pagefind.search(prefix))?.results ?? [];
      if (shorter.length > results.length) results = shorter;
    }
    for (const r of results) if (!byId.has(r.id)) byId.set(r.id, r);
    lists.push({ results, weight: termWeight(results.length) * (routed.has(term) ? ROUTED_TERM_WEIGHT : 1) });
  }
  const wordWeights = lists.reduce((sum, list) => sum + list.weight, 0);
  lists.push({ results: exact, weight: EXACT_MATCH_SHARE * wordWeights });
  return mergeRankings(lists).map((id) => byId.get(id)!);
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
  const section = kind === 'guide' ? bestSection(data) : undefined;
  if (section) {
    const sectionTitle = section.title.replace(/\s*#\s*$/, '');
    return { url: section.url, kind, title: `${title} › ${sectionTitle}`, excerpt: { html: section.excerpt } };
  }
  return { url: data.url, kind, title, excerpt: { html: data.excerpt } };
}

/** The first `limit` hits for what a reader typed, best first. */
export async function searchWith(pagefind: Pagefind, query: string, limit: number): Promise<SearchHit[]> {
  // Log lines and pasted bodies are searched by their message, without the noise around it.
  const text = cleanLogText(query.slice(0, 4 * MAX_QUERY_LENGTH))
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  if (!text) return [];
  const results = await rankedResults(pagefind, text);
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  const terms = expandedTerms(text);
  return data.map((d) => toHit(d, terms));
}
