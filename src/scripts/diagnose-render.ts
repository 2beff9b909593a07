/**
 * Turns a diagnosis into DOM nodes. Everything the reader pasted is inserted
 * as text (textContent), never as markup, so a pasted <script> stays text.
 */
import { familyOf } from '../lib/search/code-families';
import type { Diagnosis } from '../lib/diagnose/diagnose';
import type { Finding } from '../lib/diagnose/finding';
import { OAUTH_ERROR_REFERENCES, type OAuthErrorName } from '../lib/content/oauth-errors';
import { paths } from '../lib/site/urls';
import { MAX_DIAGNOSE_INPUT } from '../lib/diagnose/parse-input';
import { href } from '../href';
import { diagnoseText as t } from '../i18n/diagnose';

export interface PageData {
  /** Documented code → short official message. */
  codes: Record<string, string>;
  /** "slug#section" → "guide › section". */
  guides: Record<string, string>;
}

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: Child[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** `backticks` in the check texts become <code>; the rest stays plain text. */
function rich(text: string): Child[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? el('code', {}, part) : part));
}

function codeLink(code: number, data: PageData): Child[] {
  return [el('a', { href: href(paths.code(code)) }, String(code)), ` ${data.codes[code] ?? ''}`];
}

function standardError(name: OAuthErrorName): Child[] {
  const ref = OAUTH_ERROR_REFERENCES[name];
  // The link is an element, so the template is split around it rather than filled.
  const link = el('a', { href: ref.url }, `${ref.rfc} ${ref.section}`);
  return [
    el('code', {}, name),
    ...t.parts('diagnose.standardErrorLink').map((part) => (typeof part === 'string' ? part : link)),
  ];
}

function findingItem(finding: Finding, data: PageData): HTMLElement {
  const { code, standardError: standard } = finding.consequence;
  const guideKey = `${finding.guide.slug}#${finding.guide.section}`;
  return el(
    'li',
    { class: 'diagnose-finding', 'data-severity': finding.severity, 'data-check': finding.check },
    el(
      'p',
      {},
      el(
        'span',
        { class: 'diagnose-severity' },
        t(finding.severity === 'error' ? 'diagnose.severityError' : 'diagnose.severityWarning'),
      ),
      ...rich(finding.title),
    ),
    el('p', {}, t('diagnose.fragment'), el('code', { class: 'diagnose-fragment' }, finding.fragment)),
    el('p', {}, t('diagnose.fix'), ...rich(finding.fix)),
    ...(code !== undefined ? [el('p', {}, t('diagnose.possibleCode'), ...codeLink(code, data))] : []),
    ...(standard
      ? [el('p', {}, t('diagnose.standardError'), ...standardError(standard), t('diagnose.standardErrorNote'))]
      : []),
    el(
      'p',
      {},
      t('diagnose.guide'),
      el(
        'a',
        { href: href(paths.guide(finding.guide.slug, finding.guide.section)) },
        data.guides[guideKey] ?? guideKey,
      ),
    ),
  );
}

function responseView(diagnosis: Extract<Diagnosis, { kind: 'response' }>, data: PageData): Child[] {
  const { lookup } = diagnosis;
  const out: Child[] = [];
  if (lookup.kind === 'documented') {
    out.push(
      el(
        'p',
        { class: 'diagnose-summary' },
        t('diagnose.responseDocumented'),
        ...codeLink(lookup.code, data),
        t('diagnose.sentenceEnd'),
      ),
      el(
        'p',
        {},
        el(
          'a',
          { href: href(paths.code(lookup.code)), 'data-diagnose-code-link': '' },
          t('diagnose.openCode', { code: lookup.code }),
        ),
        t('diagnose.openCodeAfter'),
      ),
    );
  } else if (lookup.kind === 'undocumented') {
    const family = familyOf(lookup.code);
    out.push(
      el(
        'p',
        { class: 'diagnose-summary' },
        t('diagnose.responseUndocumented', { code: lookup.code }),
        family.explanation,
      ),
      el(
        'p',
        {},
        el('a', { href: href(paths.lookup(String(lookup.code))) }, t('diagnose.nearbyCodes', { code: lookup.code })),
      ),
    );
  }
  if (diagnosis.standardError) {
    out.push(
      el(
        'p',
        {},
        t('diagnose.responseStandardError'),
        ...standardError(diagnosis.standardError),
        t('diagnose.sentenceEnd'),
      ),
    );
  }
  if (out.length === 0) {
    out.push(el('p', { class: 'diagnose-summary' }, t('diagnose.unrecognized')));
  }
  return out;
}

/** "发现 2 个错误、1 个提醒。" */
function findingCount(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return t('diagnose.errorCount', {
    count: errors,
    warnings: warnings ? t('diagnose.warningCount', { count: warnings }) : '',
  });
}

/** The diagnosis in one sentence. */
function statusText(diagnosis: Exclude<Diagnosis, { kind: 'empty' }>): string {
  if (diagnosis.kind === 'request')
    return diagnosis.findings.length ? findingCount(diagnosis.findings) : t('diagnose.statusNoProblem');
  if (diagnosis.kind === 'unknown-request') return t('diagnose.statusUnknownEndpoint');
  const { lookup, standardError: name } = diagnosis;
  if (lookup.kind === 'documented') return t('diagnose.statusResponse', { code: lookup.code });
  if (lookup.kind === 'undocumented') return t('diagnose.responseUndocumented', { code: lookup.code });
  return name ? t('diagnose.statusStandardError', { name }) : t('diagnose.statusUnrecognized');
}

/**
 * The short status under the input: the diagnosis in one sentence and a link
 * to the findings, which on a phone start below the fold.
 */
export function renderStatus(diagnosis: Diagnosis, resultId: string): Child[] {
  if (diagnosis.kind === 'empty') return [];
  return [statusText(diagnosis), el('a', { href: `#${resultId}` }, t('diagnose.statusLink'))];
}

export function renderDiagnosis(diagnosis: Diagnosis, data: PageData): Child[] {
  if (diagnosis.kind === 'empty') return [];
  const note = diagnosis.truncated
    ? [el('p', {}, t('diagnose.truncated', { count: MAX_DIAGNOSE_INPUT.toLocaleString('en-US') }))]
    : [];
  if (diagnosis.kind === 'response') return [...responseView(diagnosis, data), ...note];
  if (diagnosis.kind === 'unknown-request') {
    const { request } = diagnosis;
    return [
      el(
        'p',
        { class: 'diagnose-summary' },
        t('diagnose.unknownEndpoint'),
        el('code', {}, `${request.host ?? ''}${request.path}`),
        t('diagnose.unknownEndpointAfter'),
      ),
      ...note,
    ];
  }
  const { endpoint, findings, checksRun } = diagnosis;
  const summary = el(
    'p',
    { class: 'diagnose-summary' },
    t('diagnose.recognizedAs'),
    el('strong', {}, endpoint.label),
    t('diagnose.sentenceEnd'),
  );
  if (findings.length === 0) {
    return [
      summary,
      el('p', { 'data-diagnose-ok': '' }, t('diagnose.allPassed')),
      el('ul', {}, ...checksRun.map((label) => el('li', {}, label))),
      ...note,
    ];
  }
  summary.append(findingCount(findings));
  const hidden = diagnosis.hiddenFindings
    ? [el('p', { 'data-diagnose-hidden': '' }, t('diagnose.hiddenFindings', { count: diagnosis.hiddenFindings }))]
    : [];
  return [
    summary,
    el('ol', { class: 'diagnose-findings' }, ...findings.map((f) => findingItem(f, data))),
    ...hidden,
    ...note,
  ];
}
