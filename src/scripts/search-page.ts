/**
 * /search/?q=… : a search that can itself be linked from a ticket. When the
 * query names a documented code, the code page is offered first.
 */
import { MAX_QUERY_LENGTH } from '../lib/search-query';
import { paths } from '../lib/urls';
import { href } from '../href';
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
      status.textContent = '输入错误码、报错信息或关键词开始搜索。';
      return;
    }
    status.textContent = '正在搜索…';
    const [found, hits] = await Promise.all([lookup(query), searchSite(query, PAGE_RESULTS).catch(() => null)]);
    if (found.kind === 'documented') {
      const link = document.createElement('a');
      link.href = href(paths.code(found.code));
      link.textContent = `打开错误码 ${found.code} 的页面`;
      lookupNote.replaceChildren('查询内容中包含错误码：', link);
      lookupNote.hidden = false;
    }
    if (hits === null) {
      status.textContent = '搜索索引加载失败，请稍后重试。';
      return;
    }
    renderHits(list, hits);
    status.textContent = hits.length
      ? `找到 ${hits.length} 条结果`
      : '没有找到结果。试试更短的关键词，或直接输入错误码。';
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
