/**
 * The request-diagnosis page: diagnoses the textarea as the reader types.
 * No request carries the input and nothing is stored; the input leaves the
 * page only through the "copy for ticket" button, whose text masks secrets.
 *
 * A short status right under the input says what was found and links to
 * the findings: on a phone they start below the fold. A paste or a drop
 * also scrolls that status into view (the least scroll that shows it); typing
 * never scrolls, and focus stays in the textarea either way.
 *
 * The parser and checks are loaded when the reader first reaches for the
 * textarea (focus, pointer, drag), not with the page: a paste needs one of
 * those first, so pasting itself never waits for, or triggers, a download.
 */
import type { Diagnosis } from '../lib/diagnose/diagnose';
import { href } from '../href';
import { diagnoseText as t } from '../i18n/diagnose';
import type { PageData } from './diagnose-render';

type Engine = typeof import('./diagnose-engine');

/** Long enough to skip the intermediate states of a burst of typing. */
const DEBOUNCE_MS = 150;
/** The InputEvent types that put a whole text in at once. */
const WHOLE_TEXT_INPUTS = new Set(['insertFromPaste', 'insertFromDrop']);

export function initDiagnosePage(): void {
  const root = document.querySelector<HTMLElement>('[data-diagnose]');
  if (!root) return;
  const data: PageData = {
    codes: JSON.parse(root.dataset.codes ?? '{}') as PageData['codes'],
    guides: JSON.parse(root.dataset.guides ?? '{}') as PageData['guides'],
  };
  const input = root.querySelector<HTMLTextAreaElement>('textarea')!;
  const output = root.querySelector<HTMLElement>('[data-diagnose-output]')!;
  const status = root.querySelector<HTMLElement>('[data-diagnose-status]')!;
  const tools = root.querySelector<HTMLElement>('[data-diagnose-tools]')!;
  const copyStatus = root.querySelector<HTMLElement>('[data-diagnose-copy-status]')!;
  const isDocumented = (code: number) => Object.hasOwn(data.codes, String(code));
  let engine: Promise<Engine> | undefined;
  let current: Diagnosis = { kind: 'empty' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether a paste or drop came since the last diagnosis. */
  let pasted = false;

  const loadEngine = () => {
    engine ??= import('./diagnose-engine').then((loaded) => {
      root.dataset.diagnoseReady = '';
      return loaded;
    });
    return engine;
  };
  const update = async () => {
    const { diagnose, renderDiagnosis, renderStatus } = await loadEngine();
    current = diagnose(input.value, isDocumented);
    output.replaceChildren(...renderDiagnosis(current, data));
    status.replaceChildren(...renderStatus(current, output.id));
    if (pasted && current.kind !== 'empty') status.scrollIntoView({ block: 'nearest' });
    pasted = false;
    tools.hidden = current.kind !== 'request' || !navigator.clipboard;
    copyStatus.textContent = '';
  };

  for (const event of ['focus', 'pointerdown', 'dragenter'])
    input.addEventListener(event, () => void loadEngine(), { once: true });
  input.addEventListener('input', (event) => {
    if (WHOLE_TEXT_INPUTS.has(event.inputType)) pasted = true;
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  });
  const copyTicket = async () => {
    const { diagnosisTicket } = await loadEngine();
    const ticket = diagnosisTicket(current, (path) => new URL(href(path), location.origin).href);
    try {
      await navigator.clipboard.writeText(ticket);
      copyStatus.textContent = t('diagnose.copied');
    } catch {
      copyStatus.textContent = t('diagnose.copyFailed');
    }
  };
  root.querySelector('[data-diagnose-copy]')!.addEventListener('click', () => void copyTicket());
  if (input.value) void update();
}
