/**
 * The one script every page runs before any interaction: the header search
 * box and, where the page has them, the copy buttons and the "on this page"
 * highlight. One file keeps a page's
 * first visit to three requests (HTML, stylesheet, this script).
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

// The diagnosis page's code is loaded from here rather than by a script of its
// own: one entry script keeps the dynamic-import helper inside it, instead of
// in a chunk that every page would have to fetch.
if (document.querySelector('[data-diagnose]')) void import('./diagnose-page').then((m) => m.initDiagnosePage());
