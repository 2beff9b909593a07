/**
 * The request-diagnosis page: diagnoses the textarea as the reader types.
 * No request is made and nothing is stored; the input never leaves the page
 * except through the "copy for ticket" button, whose text masks secrets.
 */
import { diagnose, type Diagnosis } from '../lib/diagnose/diagnose';
import { diagnosisTicket } from '../lib/diagnose/ticket';
import { siteUrl } from './base-url';
import { renderDiagnosis, type PageData } from './diagnose-render';

/** Long enough to skip the intermediate states of a paste or a burst of typing. */
const DEBOUNCE_MS = 150;

export function initDiagnosePage(): void {
  const root = document.querySelector<HTMLElement>('[data-diagnose]');
  if (!root) return;
  const data: PageData = { codes: JSON.parse(root.dataset.codes ?? '{}'), guides: JSON.parse(root.dataset.guides ?? '{}') };
  const input = root.querySelector<HTMLTextAreaElement>('textarea')!;
  const output = root.querySelector<HTMLElement>('[data-diagnose-output]')!;
  const tools = root.querySelector<HTMLElement>('[data-diagnose-tools]')!;
  const copyStatus = root.querySelector<HTMLElement>('[data-diagnose-copy-status]')!;
  const isDocumented = (code: number) => Object.hasOwn(data.codes, String(code));
  let current: Diagnosis = { kind: 'empty' };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    current = diagnose(input.value, isDocumented);
    output.replaceChildren(...renderDiagnosis(current, data));
    tools.hidden = current.kind !== 'request' || !navigator.clipboard;
    copyStatus.textContent = '';
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  root.querySelector('[data-diagnose-copy]')!.addEventListener('click', async () => {
    const ticket = diagnosisTicket(current, (path) => new URL(siteUrl(path), location.origin).href);
    try {
      await navigator.clipboard.writeText(ticket);
      copyStatus.textContent = '已复制诊断（密钥、令牌和 code 已隐藏）';
    } catch {
      copyStatus.textContent = '复制失败：浏览器不允许访问剪贴板';
    }
  });
  if (input.value) update();
}
