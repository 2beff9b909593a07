/**
 * Full-text search with Pagefind, loaded on first use. Results are built as
 * DOM nodes from text, never from HTML strings, so whatever the index or the
 * query contains is displayed and never run.
 */
import { cleanLogText } from '../lib/log-line';
import { highlightSegments, resultKind, type ResultKind } from '../lib/search-excerpt';
import {
  expandedTerms,
  MAX_QUERY_LENGTH,
  mergeRankings,
  prefixFallbacks,
  ROUTED_TERM_WEIGHT,
  routedTerms,
  termWeight,
  type RankedList,
} from '../lib/search-query';
import { BASE_PATH, href } from '../href';
import { messagesOf } from '../i18n/format';
import { zhCNSearchPages } from '../i18n/zh-CN.search-pages';

const t = messagesOf(zhCNSearchPages);

const KIND_LABELS: Readonly<Record<ResultKind, string>> = {
  code: t('searchResults.kindCode'),
  guide: t('searchResults.kindGuide'),
  category: t('searchResults.kindCategory'),
  page: t('searchResults.kindPage'),
};

export interface SearchHit {
  url: string;
  kind: ResultKind;
  code?: string;
  title: string;
  /** Pagefind's excerpt (escaped HTML with <mark>), or our own text to highlight. */
  excerpt: { html: string } | { text: string; terms: string[] };
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { weight: number; balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
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
function bestSection(data: PagefindResultData): PagefindSubResult | undefined {
  const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#'));
  return sections.sort((a, b) => score(b) - score(a))[0];
}

function toHit(data: PagefindResultData, terms: string[]): SearchHit {
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

export async function searchSite(query: string, limit: number): Promise<SearchHit[]> {
  // Log lines and pasted bodies are searched by their message, without the noise around it.
  const text = cleanLogText(query.slice(0, 4 * MAX_QUERY_LENGTH))
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  if (!text) return [];
  const results = await rankedResults(await loadPagefind(), text);
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  const terms = expandedTerms(text);
  return data.map((d) => toHit(d, terms));
}

/** The title of a code's page ("120004 空间已满"), found through the index. */
export async function codeTitle(code: number): Promise<string | undefined> {
  const results = (await (await loadPagefind()).search(String(code)))?.results ?? [];
  for (const result of results.slice(0, 3)) {
    const data = await result.data();
    if (data.meta.code === String(code)) return data.meta.title;
  }
  return undefined;
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

function highlightedNodes(text: string, terms: string[]): Node[] {
  return highlightSegments(text, terms).map(({ text: part, mark }) => {
    const node = document.createTextNode(part);
    if (!mark) return node;
    const element = document.createElement('mark');
    element.append(node);
    return element;
  });
}

/** A row above the results that opens the code the input names ("打开 120004 空间已满"). */
export interface OpenRow {
  url: string;
  code: number;
  label: string;
}

export function renderHits(list: HTMLElement, hits: SearchHit[], open?: OpenRow): void {
  const rows = hits.map((hit) => {
    const item = document.createElement('li');
    item.dataset.kind = hit.kind;
    if (hit.code) item.dataset.code = hit.code;
    const link = document.createElement('a');
    link.href = hit.url;
    const kind = document.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = KIND_LABELS[hit.kind];
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
    excerpt.append(
      ...('html' in hit.excerpt
        ? excerptNodes(hit.excerpt.html)
        : highlightedNodes(hit.excerpt.text, hit.excerpt.terms)),
    );
    title.prepend(kind);
    link.append(title, excerpt);
    item.append(link);
    return item;
  });
  if (open) {
    const item = document.createElement('li');
    item.className = 'result-open';
    item.dataset.open = String(open.code);
    const link = document.createElement('a');
    link.href = open.url;
    link.textContent = open.label;
    item.append(link);
    rows.unshift(item);
  }
  list.replaceChildren(...rows);
}
