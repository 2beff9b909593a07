/**
 * Explains a number that is not a documented global code: its family, its
 * category and the nearest documented codes of its range.
 */
import { paths } from '../lib/urls';
import { adviceForNumber } from '../lib/not-found';
import { href } from '../href';
import { documentedCodes } from './lookup-client';

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

  title.textContent = `${code} 不是已收录的全局错误码`;
  const known = advice.family.knownName ? `（${advice.family.knownName}）` : '';
  family.textContent =
    advice.family.id === 'global'
      ? `它位于「${advice.category!.title}」（${advice.category!.rangeLabel}）号段，但官方全局错误码列表中没有这个编号。号段中相邻的已收录错误码：`
      : `它看起来属于${advice.family.name}${known}。${advice.family.explanation}本站收录的是 WPS 开放平台全局错误码。`;

  const items: HTMLLIElement[] = [];
  const { previous, next } = advice.neighbours;
  if (previous !== undefined) items.push(link(href(paths.code(previous)), `${previous}（号段内的前一个）`));
  if (next !== undefined) items.push(link(href(paths.code(next)), `${next}（号段内的后一个）`));
  if (advice.category)
    items.push(link(href(paths.category(advice.category.slug)), `${advice.category.title}分类的全部错误码`));
  items.push(link(href(paths.home()), '全部错误码'));
  links.replaceChildren(...items);
  box.hidden = false;
}
