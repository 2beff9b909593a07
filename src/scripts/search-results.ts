/**
 * Full-text search with Pagefind, loaded on first use. Results are built as
 * DOM nodes from text, never from HTML strings, so whatever the index or the
 * query contains is displayed and never run.
 */
import { siteUrl } from './base-url';

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
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Longer queries add nothing to ranking and only slow the index down. */
export const MAX_QUERY_LENGTH = 200;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ siteUrl('pagefind/pagefind.js')).then(async (module: Pagefind) => {
    await module.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 20 });
    await module.init();
    return module;
  });
  return pagefind;
}

/** Starts downloading the index, e.g. when the search box gets focus. */
export function preloadSearch(): void {
  loadPagefind().catch(() => undefined);
}

export async function searchSite(query: string, limit: number): Promise<SearchHit[]> {
  const text = query.slice(0, MAX_QUERY_LENGTH).trim();
  if (!text) return [];
  const search = await (await loadPagefind()).search(text);
  if (!search) return [];
  const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
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
