/**
 * The one script every page runs before any interaction: the header search
 * box and, where the page has them, the copy buttons. One file keeps a page's
 * first visit to three requests (HTML, stylesheet, this script).
 */
import { initCopyButtons } from './copy-buttons';
import { initSearchBox } from './search-box';

initSearchBox();
initCopyButtons();
