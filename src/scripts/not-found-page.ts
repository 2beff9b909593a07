/**
 * The not-found page: a URL that names a documented code in another form
 * (/errors/0100014/, /100014.html, ?code=100014) opens that code's page;
 * an undocumented number gets the nearest documented codes.
 */
import { notFoundAnswer } from '../lib/search/not-found';
import { paths } from '../lib/site/urls';
import { href } from '../href';
import { searchPagesText as t } from '../i18n/search-pages';
import { documentedCodes } from './lookup-client';
import { showNumberAdvice } from './number-advice';

export async function initNotFoundPage(): Promise<void> {
  const codes = new Set(await documentedCodes());
  const answer = notFoundAnswer(location.pathname, location.search, (code) => codes.has(code));
  if (answer.kind === 'undocumented') return showNumberAdvice(answer.code);
  if (answer.kind !== 'documented') return;

  // Said plainly first, so the reader knows why the page changes (and has a
  // link if the redirect is blocked); the address is always one of ours.
  const target = href(paths.code(answer.code));
  const box = document.querySelector<HTMLElement>('[data-did-you-mean]');
  const link = box?.querySelector<HTMLAnchorElement>('a');
  if (box && link) {
    link.href = target;
    link.textContent = t('notFound.codeLink', { code: answer.code });
    box.hidden = false;
  }
  location.replace(target);
}
