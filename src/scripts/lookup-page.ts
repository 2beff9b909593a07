/**
 * /errors/?code=… : jumps to the code's page, or explains why there is none.
 * The form is handled here rather than submitted: a pasted log can be many
 * kilobytes, and a GET URL that long fails with HTTP 431 on common servers.
 * Only what matters (the code found, or a search query cut to its limit)
 * ever goes into an address.
 */
import { MAX_QUERY_LENGTH } from '../lib/search/search-query';
import { paths } from '../lib/site/urls';
import { href } from '../href';
import { searchPagesText as t } from '../i18n/search-pages';
import { lookup } from './lookup-client';
import { showNumberAdvice } from './number-advice';

/** `fromAddress`: the query came in the URL, so the code page replaces this one in the history. */
async function answer(query: string, status: HTMLElement, fromAddress: boolean): Promise<void> {
  status.replaceChildren();
  document.querySelector<HTMLElement>('[data-number-advice]')!.hidden = true;
  const result = await lookup(query);
  if (result.kind === 'documented') {
    status.textContent = t('lookupStatus.opening', { code: result.code });
    const target = href(result.via === 'qq-connect' ? paths.codeFromQq(result.code) : paths.code(result.code));
    if (fromAddress) location.replace(target);
    else location.assign(target);
    return;
  }
  if (result.kind === 'undocumented') {
    history.replaceState(null, '', href(paths.lookup(String(result.code))));
    await showNumberAdvice(result.code);
    return;
  }
  status.textContent = t('lookupStatus.noCode');
  const link = document.createElement('a');
  link.href = href(paths.search(query.trim().slice(0, MAX_QUERY_LENGTH)));
  link.textContent = t('lookupStatus.searchInstead');
  status.append(' ', link);
}

export function initLookupPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-lookup-form]')!;
  const status = document.querySelector<HTMLElement>('[data-lookup-status]')!;
  const input = document.querySelector<HTMLInputElement>('#lookup-input')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void answer(input.value, status, false);
  });
  const query = new URLSearchParams(location.search).get('code');
  if (query === null) return;
  input.value = query;
  void answer(query, status, true);
}
