/**
 * Full-text search with Pagefind, loaded on first use. Results are built as
 * DOM nodes from text, never from HTML strings, so whatever the index or the
 * query contains is displayed and never run.
 */
import {
  expandedTerms,
  MAX_QUERY_LENGTH,
  mergeRankings,
  prefixFallbacks,
  termWeight,
  type RankedList,
} from '../lib/search-query';
import { BASE_PATH, href } from '../href';

export interface SearchHit {
  url: string;
  code?: string;
  title: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ href('pagefind/pagefind.js')).then(async (module: Pagefind) => {
    // Guides are long and mention many codes in passing; a stronger page-length
    // normalisation keeps the short code pages, which answer most queries, on
    // top. A slower term saturation lets the weight of the message and the
    // keywords (data-pagefind-weight) count for more than repeated mentions.
    await module.options({
      baseUrl: BASE_PATH,
      excerptLength: 20,
      ranking: { pageLength: 0.9, termSaturation: 2 },
    });
    await module.init();
    return module;
  });
  return pagefind;
}

/** Starts downloading the index, e.g. when the search box gets focus. */
export function preloadSearch(): void {
  loadPagefind().catch(() => undefined);
}

/** Pages that match the whole query get this share of the per-word weights as a bonus. */
const EXACT_MATCH_SHARE = 0.25;
/** A word with this many hits or fewer is probably misspelt: its prefixes are tried too. */
const RARE_HITS = 1;

async function rankedResults(pagefind: Pagefind, query: string): Promise<PagefindResult[]> {
  const exact = (await pagefind.search(query))?.results ?? [];
  const terms = expandedTerms(query);
  // One word that matches is best served by Pagefind's own ranking.
  if (terms.length === 0 || (terms.length === 1 && exact.length > 0)) return exact;

  const byId = new Map(exact.map((r) => [r.id, r]));
  const lists: RankedList[] = [];
  for (const term of terms) {
    let results = (await pagefind.search(term))?.results ?? [];
    for (const prefix of prefixFallbacks(term)) {
      if (results.length > RARE_HITS) break;
      const shorter = (await pagefind.search(prefix))?.results ?? [];
      if (shorter.length > results.length) results = shorter;
    }
    for (const r of results) if (!byId.has(r.id)) byId.set(r.id, r);
    lists.push({ results, weight: termWeight(results.length) });
  }
  const wordWeights = lists.reduce((sum, list) => sum + list.weight, 0);
  lists.push({ results: exact, weight: EXACT_MATCH_SHARE * wordWeights });
  return mergeRankings(lists).map((id) => byId.get(id)!);
}

export async function searchSite(query: string, limit: number): Promise<SearchHit[]> {
  const text = query.slice(0, MAX_QUERY_LENGTH).trim();
  if (!text) return [];
  const results = await rankedResults(await loadPagefind(), text);
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, code: d.meta.code, title: d.meta.title ?? d.url, excerpt: d.excerpt }));
}

/** Turns Pagefind's excerpt (escaped text with <mark> around matches) into safe nodes. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return excerpt.split(/<\/?mark>/).map((part, i) => {
    const text = document.createTextNode(decode(part));
    if (i % 2 === 0) return text;
    const mark = document.createElement('mark');
    mark.append(text);
    return mark;
  });
}

export function renderHits(list: HTMLElement, hits: SearchHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      if (hit.code) item.dataset.code = hit.code;
      const link = document.createElement('a');
      link.href = hit.url;
      const title = document.createElement('span');
      title.className = 'result-title';
      if (hit.code) {
        const code = document.createElement('span');
        code.className = 'result-code';
        code.textContent = hit.code;
        title.append(code, hit.title.replace(new RegExp(`^${hit.code}\\s*`), ''));
      } else {
        title.textContent = hit.title;
      }
      const excerpt = document.createElement('span');
      excerpt.className = 'result-excerpt';
      excerpt.append(...excerptNodes(hit.excerpt));
      link.append(title, excerpt);
      item.append(link);
      return item;
    }),
  );
}
