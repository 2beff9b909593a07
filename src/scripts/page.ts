/**
 * The one script every page runs: the header search box and, where the page
 * has them, the copy buttons and the "on this page" highlight. It is the
 * site's only entry script, so a page's first visit stays three requests
 * (HTML, stylesheet, this script): a module that two entry scripts import
 * (the formatter of interface strings, the dynamic-import helper) would become
 * a chunk of its own that every page fetches. Each page's own code is
 * imported from here on demand and shares this file's modules.
 */
import { initCopyButtons } from './copy-buttons';
import { initOnThisPage } from './on-this-page';
import { initSearchBox } from './search-box';

initSearchBox();
initCopyButtons();
initOnThisPage();

// A QQ Connect paste opened this code page (see src/lib/search/qq-connect.ts): say so first. The
// parameter comes in the element (data-qq-notice="via=qq-connect"): importing it would add a chunk.
const qqNotice = document.querySelector<HTMLElement>('[data-qq-notice]');
const [qqName = '', qqValue] = qqNotice?.dataset.qqNotice?.split('=') ?? [];
if (qqNotice && new URLSearchParams(location.search).get(qqName) === qqValue) qqNotice.hidden = false;

/** A page's own code, loaded when the page has the element it works on. */
const PAGE_SCRIPTS: [selector: string, run: () => Promise<unknown>][] = [
  ['[data-search-page]', () => import('./search-page').then((m) => m.initSearchPage())],
  ['[data-lookup-form]', () => import('./lookup-page').then((m) => m.initLookupPage())],
  ['[data-did-you-mean]', () => import('./not-found-page').then((m) => m.initNotFoundPage())],
  ['[data-action-filter]', () => import('./action-filter').then((m) => m.initActionFilter())],
  ['[data-diagnose]', () => import('./diagnose-page').then((m) => m.initDiagnosePage())],
];
for (const [selector, run] of PAGE_SCRIPTS) if (document.querySelector(selector)) void run();
