/**
 * Turns a diagnosis into DOM nodes. Everything the reader pasted is inserted
 * as text (textContent), never as markup, so a pasted <script> stays text.
 */
import { familyOf } from '../lib/code-families';
import type { Diagnosis } from '../lib/diagnose/diagnose';
import type { Finding } from '../lib/diagnose/finding';
import { OAUTH_ERROR_REFERENCES, type OAuthErrorName } from '../lib/oauth-errors';
import { paths } from '../lib/urls';
import { href } from '../href';

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
  return [el('code', {}, name), '（', el('a', { href: ref.url }, `${ref.rfc} ${ref.section}`), '）'];
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
      el('span', { class: 'diagnose-severity' }, finding.severity === 'error' ? '错误：' : '提醒：'),
      ...rich(finding.title),
    ),
    el('p', {}, '片段：', el('code', { class: 'diagnose-fragment' }, finding.fragment)),
    el('p', {}, '修正：', ...rich(finding.fix)),
    ...(code !== undefined ? [el('p', {}, '可能得到的全局错误码：', ...codeLink(code, data))] : []),
    ...(standard
      ? [
          el(
            'p',
            {},
            '对应的标准 OAuth 错误：',
            ...standardError(standard),
            '。WPS 365 oauth2 接口按官方文档返回另一套错误码（《状态码说明》），没有资料表明它会返回本站收录的全局错误码。',
          ),
        ]
      : []),
    el(
      'p',
      {},
      '参见指南：',
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
      el('p', { class: 'diagnose-summary' }, '这是一个错误响应，错误码 ', ...codeLink(lookup.code, data), '。'),
      el(
        'p',
        {},
        el(
          'a',
          { href: href(paths.code(lookup.code)), 'data-diagnose-code-link': '' },
          `打开错误码 ${lookup.code} 的页面`,
        ),
        '：含义、常见原因和解决方法。',
      ),
    );
  } else if (lookup.kind === 'undocumented') {
    const family = familyOf(lookup.code);
    out.push(
      el('p', { class: 'diagnose-summary' }, `错误码 ${lookup.code} 不在全局错误码列表里。`, family.explanation),
      el('p', {}, el('a', { href: href(paths.lookup(String(lookup.code))) }, `查看 ${lookup.code} 附近的已收录错误码`)),
    );
  }
  if (diagnosis.standardError) {
    out.push(el('p', {}, '响应里的标准 OAuth 错误：', ...standardError(diagnosis.standardError), '。'));
  }
  if (out.length === 0) {
    out.push(
      el(
        'p',
        { class: 'diagnose-summary' },
        '没有识别出请求或错误码。请粘贴以 https:// 开头的完整地址、以 GET / POST 开头的原始 HTTP 请求、curl 命令，或包含 result / code 的错误响应。',
      ),
    );
  }
  return out;
}

export function renderDiagnosis(diagnosis: Diagnosis, data: PageData): Child[] {
  if (diagnosis.kind === 'empty') return [];
  const note = diagnosis.truncated ? [el('p', {}, '输入太长，只检查了前 20,000 个字符。')] : [];
  if (diagnosis.kind === 'response') return [...responseView(diagnosis, data), ...note];
  if (diagnosis.kind === 'unknown-request') {
    const { request } = diagnosis;
    return [
      el(
        'p',
        { class: 'diagnose-summary' },
        '没有识别出 WPS 授权接口：',
        el('code', {}, `${request.host ?? ''}${request.path}`),
        ' 不是 /oauthapi/v2/authorize、/oauthapi/v2/token、/oauthapi/v2/token/refresh、/oauth2/auth 或 /oauth2/token，也不是带 code 或 error 参数的回调地址。',
      ),
      ...note,
    ];
  }
  const { endpoint, findings, checksRun } = diagnosis;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const summary = el('p', { class: 'diagnose-summary' }, '识别为：', el('strong', {}, endpoint.label), '。');
  if (findings.length === 0) {
    return [
      summary,
      el('p', { 'data-diagnose-ok': '' }, '没有发现问题：下面这些检查都通过了。'),
      el('ul', {}, ...checksRun.map((label) => el('li', {}, label))),
      ...note,
    ];
  }
  summary.append(`发现 ${errors} 个错误${warnings ? `、${warnings} 个提醒` : ''}。`);
  return [summary, el('ol', { class: 'diagnose-findings' }, ...findings.map((f) => findingItem(f, data))), ...note];
}
