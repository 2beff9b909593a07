/**
 * The header search box. This file is all that a page runs before the reader
 * touches the search: exact lookup and Pagefind are imported on demand.
 */
import type { EnterTarget } from './lookup-client';
import { searchBoxText as t } from '../i18n/search-box';

const LIVE_RESULTS = 8;

/** Says what Enter will do, which is what destinationFor does. */
function statusText(target: EnterTarget, hits: number): string {
  const found = hits ? t('searchBox.hits', { count: hits }) : t('searchBox.noHits');
  switch (target.kind) {
    case 'qq-connect':
      return t('searchBox.enterQq', { found, code: target.code });
    case 'code':
      return t('searchBox.enterCode', { found, code: target.code });
    case 'wps365':
      return t('searchBox.enterNewPlatform', { found, label: target.label });
    case 'number':
      return t('searchBox.enterNumber', { found, code: target.code });
    default:
      return t(hits ? 'searchBox.enterResults' : 'searchBox.enterSearch', { found });
  }
}

export function initSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-box]');
  if (!form) return;
  const input = form.querySelector('input')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLElement>('[data-search-results]')!;
  let latest = 0;
  // No fixed debounce: a search starts on the keystroke. While one runs, only
  // the latest query waits, so fast typing costs one search, not one per key.
  let running = false;
  let queued: string | undefined;

  const close = () => {
    panel.hidden = true;
  };

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  input.addEventListener('focus', () => void import('./search-results').then((m) => m.preloadSearch()), {
    once: true,
  });

  input.addEventListener('input', () => {
    const query = input.value;
    latest++;
    if (!query.trim()) {
      queued = undefined;
      return close();
    }
    if (running) queued = query;
    else void runSearches(query);
  });

  const runSearches = async (first: string) => {
    running = true;
    for (let query: string | undefined = first; query !== undefined;) {
      queued = undefined;
      await showResults(query, latest);
      query = queued;
    }
    running = false;
  };

  const showResults = async (query: string, run: number) => {
    const [{ searchSite, renderHits, codeTitle }, { enterTarget }] = await Promise.all([
      import('./search-results'),
      import('./lookup-client'),
    ]);
    try {
      const [hits, target] = await Promise.all([searchSite(query, LIVE_RESULTS), enterTarget(query)]);
      if (run !== latest) return;
      const open =
        target.kind === 'code'
          ? {
              url: target.url,
              code: target.code,
              label: t('searchBox.openCode', { title: (await codeTitle(target.code)) ?? target.code }),
            }
          : target.kind === 'qq-connect'
            ? { url: target.url, code: target.code, label: t('searchBox.openQq', { code: target.code }) }
            : target.kind === 'wps365'
              ? { url: target.url, code: target.code, label: t('searchBox.openNewPlatform', { label: target.label }) }
              : undefined;
      if (run !== latest) return;
      renderHits(list, hits, open);
      status.textContent = statusText(target, hits.length);
    } catch {
      status.textContent = t('searchBox.unavailable', { path: form.dataset.lookupPath ?? '/errors/' });
    }
    panel.hidden = false;
  };

  /** Moves focus through the results; above the first result is the input. */
  const moveFocus = (step: 1 | -1) => {
    const links = [...list.querySelectorAll('a')];
    const next = links.indexOf(document.activeElement as HTMLAnchorElement) + step;
    (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
  };

  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !panel.hidden) {
      moveFocus(event.key === 'ArrowDown' ? 1 : -1);
      event.preventDefault();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void import('./lookup-client')
      .then(({ enterTarget }) => enterTarget(input.value))
      .then((target) => location.assign(target.url));
  });
}
