/**
 * Copy buttons on code pages. They stay hidden without JavaScript (nothing to
 * click), and announce the result through a live region.
 */
export function initCopyButtons(): void {
  const tools = document.querySelector<HTMLElement>('[data-copy-tools]');
  if (!tools || !navigator.clipboard) return;
  const status = tools.querySelector<HTMLElement>('[data-copy-status]')!;
  tools.hidden = false;

  tools.addEventListener('click', (event) => void copy(event));

  async function copy(event: MouseEvent): Promise<void> {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const link = button.dataset.copyLink;
    const section = sectionInAddress();
    const text = link !== undefined ? link + section : (button.dataset.copyText ?? '');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = link !== undefined ? `已复制链接：${text}` : '已复制工单文本';
    } catch {
      status.textContent = '复制失败：浏览器不允许访问剪贴板，请手动复制地址栏中的链接';
    }
    button.dataset.copied = 'true';
    setTimeout(() => delete button.dataset.copied, 2000);
  }
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
