/**
 * Full-text search with Pagefind, loaded on first use. The ranking is in
 * lib/site-search.ts, where the checks in Node run it on the built index;
 * this file loads Pagefind and draws the results. Results are built as DOM
 * nodes from text, never from HTML strings, so whatever the index or the
 * query contains is displayed and never run.
 */
import { highlightSegments, type ResultKind } from '../lib/search/search-excerpt';
import { initPagefind, searchWith, type Pagefind, type SearchHit } from '../lib/search/site-search';
import { BASE_PATH, href } from '../href';
import { paths } from '../lib/site/urls';
import { searchIndex } from './lookup-client';
import { searchPagesText as t } from '../i18n/search-pages';

const KIND_LABELS: Readonly<Record<ResultKind, string>> = {
  code: t('searchResults.kindCode'),
  guide: t('searchResults.kindGuide'),
  category: t('searchResults.kindCategory'),
  page: t('searchResults.kindPage'),
};

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The index is found next to pagefind.js; result URLs get the site's base path.
  pagefind ??= import(/* @vite-ignore */ href('pagefind/pagefind.js')).then((module: Pagefind) =>
    initPagefind(module, { baseUrl: BASE_PATH }),
  );
  return pagefind;
}

/** Starts downloading the index, e.g. when the search box gets focus. */
export function preloadSearch(): void {
  loadPagefind().catch(() => undefined);
}

export async function searchSite(query: string, limit: number): Promise<SearchHit[]> {
  const [loaded, index] = await Promise.all([loadPagefind(), searchIndex()]);
  return searchWith(loaded, query, limit, { index, codeUrl: (code) => href(paths.code(code)) });
}

/** The title of a code's page ("120004 空间已满"), from the search index. */
export async function codeTitle(code: number): Promise<string | undefined> {
  return (await searchIndex()).titles[code];
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
  /** The code the row opens, when the input carries one. */
  code?: number;
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
    item.dataset.open = String(open.code ?? open.label);
    const link = document.createElement('a');
    link.href = open.url;
    link.textContent = open.label;
    item.append(link);
    rows.unshift(item);
  }
  list.replaceChildren(...rows);
}
