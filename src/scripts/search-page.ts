/**
 * /search/?q=… : a search that can itself be linked from a ticket. When the
 * query names a documented code, the code page is offered first.
 */
import { MAX_QUERY_LENGTH } from '../lib/search/search-query';
import { paths } from '../lib/site/urls';
import { href } from '../href';
import { searchPagesText as t } from '../i18n/search-pages';
import { lookup } from './lookup-client';
import { renderHits, searchSite } from './search-results';

const PAGE_RESULTS = 20;

export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
  const input = form.querySelector('input')!;
  const status = document.querySelector<HTMLElement>('[data-search-page-status]')!;
  const lookupNote = document.querySelector<HTMLElement>('[data-search-page-lookup]')!;
  const list = document.querySelector<HTMLElement>('[data-search-page-results]')!;

  const run = async (query: string) => {
    input.value = query;
    lookupNote.hidden = true;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = t('searchStatus.empty');
      return;
    }
    status.textContent = t('searchStatus.searching');
    const [found, hits] = await Promise.all([lookup(query), searchSite(query, PAGE_RESULTS).catch(() => null)]);
    if (found.kind === 'documented') {
      const link = document.createElement('a');
      link.href = href(paths.code(found.code));
      link.textContent = t('searchStatus.openCode', { code: found.code });
      lookupNote.replaceChildren(t('searchStatus.codeInQuery'), link);
      lookupNote.hidden = false;
    }
    if (hits === null) {
      status.textContent = t('searchStatus.indexFailed');
      return;
    }
    renderHits(list, hits);
    status.textContent = hits.length ? t('searchStatus.found', { count: hits.length }) : t('searchStatus.noHits');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value.slice(0, MAX_QUERY_LENGTH));
    history.pushState(null, '', url);
    void run(input.value);
  });
  window.addEventListener('popstate', () => void run(new URLSearchParams(location.search).get('q') ?? ''));
  void run(new URLSearchParams(location.search).get('q') ?? '');
}
