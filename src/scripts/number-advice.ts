/**
 * Explains a number that is not a documented global code: its family, its
 * category and the nearest documented codes of its range.
 */
import { paths } from '../lib/site/urls';
import { adviceForNumber } from '../lib/search/not-found';
import { href } from '../href';
import { localized } from '../i18n/fields';
import { searchPagesText as t } from '../i18n/search-pages';
import { documentedCodes, searchIndex } from './lookup-client';
import { parseGuideRef } from '../lib/content/guide-refs';
import { API_ERRORS_SECTION, apiStatusOf } from '../lib/search/wps365-api';

function link(href: string, text: string): HTMLLIElement {
  const item = document.createElement('li');
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  item.append(anchor);
  return item;
}

export async function showNumberAdvice(code: number): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-number-advice]');
  if (!box) return;
  const advice = adviceForNumber(code, await documentedCodes());
  const title = box.querySelector<HTMLElement>('[data-advice-title]')!;
  const family = box.querySelector<HTMLElement>('[data-advice-family]')!;
  const links = box.querySelector<HTMLElement>('[data-advice-links]')!;

  title.textContent = t('numberAdvice.title', { code });
  const known = advice.family.knownName ? t('numberAdvice.knownName', { name: advice.family.knownName }) : '';
  family.textContent =
    advice.family.id === 'global'
      ? t('numberAdvice.globalRange', {
          category: localized(advice.category!, 'title'),
          range: advice.category!.rangeLabel,
        })
      : t('numberAdvice.otherFamily', { family: advice.family.name, known, explanation: advice.family.explanation });

  const items: HTMLLIElement[] = [];
  // A WPS 365 API code: the guide's section on those codes, then the global codes nearest its HTTP status.
  const api = apiStatusOf(code);
  if (api) {
    const { slug, section } = parseGuideRef(API_ERRORS_SECTION)!;
    items.push(link(href(paths.guide(slug, section)), t('numberAdvice.apiGuide', { status: api.status })));
    const { titles } = await searchIndex();
    for (const nearest of api.statusClass.nearestCodes)
      items.push(link(href(paths.code(nearest)), t('numberAdvice.nearestCode', { title: titles[nearest] ?? nearest })));
  }
  const { previous, next } = advice.neighbours;
  if (previous !== undefined)
    items.push(link(href(paths.code(previous)), t('numberAdvice.previous', { code: previous })));
  if (next !== undefined) items.push(link(href(paths.code(next)), t('numberAdvice.next', { code: next })));
  if (advice.category)
    items.push(
      link(
        href(paths.category(advice.category.slug)),
        t('numberAdvice.category', { category: localized(advice.category, 'title') }),
      ),
    );
  items.push(link(href(paths.home()), t('numberAdvice.allCodes')));
  links.replaceChildren(...items);
  box.hidden = false;
}
