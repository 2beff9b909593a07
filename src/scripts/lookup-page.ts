/** /errors/?code=… : jumps to the code's page, or explains why there is none. */
import { paths } from '../lib/urls';
import { href } from '../href';
import { lookup } from './lookup-client';
import { showNumberAdvice } from './number-advice';

export async function initLookupPage(): Promise<void> {
  const query = new URLSearchParams(location.search).get('code');
  const status = document.querySelector<HTMLElement>('[data-lookup-status]')!;
  const input = document.querySelector<HTMLInputElement>('#lookup-input')!;
  if (query === null) return;
  input.value = query;
  const result = await lookup(query);
  if (result.kind === 'documented') {
    status.textContent = `正在打开错误码 ${result.code}…`;
    location.replace(href(paths.code(result.code)));
  } else if (result.kind === 'undocumented') {
    await showNumberAdvice(result.code);
  } else {
    status.textContent = '没有在输入中找到错误码。';
    const link = document.createElement('a');
    link.href = href(paths.search(query));
    link.textContent = '改为全文搜索这段内容';
    status.append(' ', link);
  }
}
