/**
 * Copy buttons on code pages. They stay hidden without JavaScript (nothing to
 * click), and announce the result through a live region. Their messages come
 * from data attributes written from the locale table, which is kept out of
 * the page's eager script.
 */
import { format } from '../i18n/format';
import { sharedUrl } from '../lib/site/shared-url';

export function initCopyButtons(): void {
  const tools = document.querySelector<HTMLElement>('[data-copy-tools]');
  if (!tools || !navigator.clipboard) return;
  const status = tools.querySelector<HTMLElement>('[data-copy-status]')!;
  const canonical = tools.dataset.canonical ?? '';
  const url = canonical && sharedUrl(canonical, tools.dataset.canonicalOrigin === 'site-url', location.origin);
  const messages = tools.dataset;
  tools.hidden = false;

  tools.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const isLink = button.dataset.copyLink !== undefined;
    const text = isLink ? url + sectionInAddress() : (button.dataset.copyText ?? '').replaceAll(canonical, url);
    navigator.clipboard.writeText(text).then(
      () => (status.textContent = isLink ? format(messages.linkDone!, { text }) : messages.ticketDone!),
      () => (status.textContent = messages.failed!),
    );
    button.dataset.copied = 'true';
    setTimeout(() => delete button.dataset.copied, 2000);
  });
}

/** The address bar's #section when it names an element of the page; a malformed escape names none. */
function sectionInAddress(): string {
  if (!location.hash) return '';
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1))) ? location.hash : '';
  } catch {
    return '';
  }
}
