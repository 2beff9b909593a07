/**
 * What a code page's static HTML holds, as a reader without JavaScript gets
 * it: section order and anchors, previous and next codes, same-meaning pairs,
 * the guide section to read, example responses, linked code mentions, sources,
 * the category it belongs to, its other editions and the links to the request
 * diagnosis; and the home page's tables.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseOfficialList } from '../../src/lib/content/official-list';
import { errorFiles, read } from '../support/corpus';
import { distDir } from '../support/dist';
import { hrefOf, links, page, text } from '../support/html';
import { serveStatic, type StaticServer } from '../../scripts/serve';

const official = parseOfficialList(
  readFileSync(new URL('../fixtures/global-error-codes.txt', import.meta.url), 'utf8'),
);
const messageOf = (code: number) => official.codes.find((c) => c.code === code)!.message;
const section = (doc: Document, id: string) => doc.querySelector(`section:has(#${id})`)!;

describe('a code page', () => {
  it('shows each alias under where it was seen, naming its source by title', () => {
    const titles = new Map(
      (parseYaml(read('content/sources.yaml')) as { id: string; title: string }[]).map((s) => [s.id, s.title]),
    );
    const withAliases = errorFiles.filter((e) => e.data.aliases?.length);
    expect(withAliases.length).toBeGreaterThan(0);
    for (const { code, data } of withAliases) {
      const doc = page(`/errors/${code}/`);
      for (const alias of data.aliases!) {
        const group = doc.querySelector(`#aliases [data-alias-seen="${alias.seen}"]`);
        expect(group, `${code} ${alias.text}`).not.toBeNull();
        const item = [...group!.querySelectorAll('li')].find((li) => text(li.querySelector('code')) === alias.text);
        expect(item, `${code} ${alias.text}`).toBeDefined();
        if (alias.source) {
          expect(text(item)).toContain(titles.get(alias.source)!);
          expect(text(item)).not.toContain(alias.source);
        }
      }
      // A QQ Connect wording never sits under "也可能显示为", and its heading says whose words they are.
      const qq = doc.querySelector('#aliases [data-alias-seen="qq-connect"]');
      if (qq) expect(text(qq.querySelector('p'))).toMatch(/QQ 互联.*不是 WPS 的响应/);
      const wps = doc.querySelector('#aliases [data-alias-seen="wps"]');
      if (wps) expect(text(wps.querySelector('p'))).toBe('也可能显示为：');
    }
    const redirect = page('/errors/100010/');
    expect(text(redirect.querySelector('#aliases [data-alias-seen="qq-connect"]'))).toContain('redirect uri is illegal');
    expect(redirect.querySelector('#aliases [data-alias-seen="wps"]')).toBeNull();
  });

  it('keeps its sections in the fixed order with stable anchors', () => {
    const ids = [...page('/errors/130009/').querySelectorAll('article h2[id]')].map((h) => h.id);
    expect(ids).toEqual(['meaning', 'causes', 'fix', 'example', 'related', 'sources']);
  });

  it('links the previous and next code of its range, and the last has no next', () => {
    const doc = page('/errors/100031/');
    expect(hrefOf(doc, /上一个：100030/)).toBe('/errors/100030/');
    expect(hrefOf(doc, /下一个：100050/)).toBe('/errors/100050/');
    expect(links(page('/errors/100101/'), /下一个/)).toEqual([]);
  });

  it('shows a same-meaning pair on both pages', () => {
    for (const [from, to] of [
      [130031, 130007],
      [130007, 130031],
      [100020, 130002],
      [130002, 100020],
    ]) {
      const heading = [...page(`/errors/${from}/`).querySelectorAll('h3')].find((h) => text(h) === '含义相同的错误码');
      expect(heading, `${from}: heading`).toBeDefined();
      // The list under the heading, not the related codes after it.
      const list = heading!.nextElementSibling!;
      expect(list.tagName, `${from}: list`).toBe('UL');
      expect(hrefOf(list, String(to)), `${from} → ${to}`).toBe(`/errors/${to}/`);
    }
  });

  it('tells a developer what to do, with a guide section and an example response', () => {
    const doc = page('/errors/100014/');
    expect(text(doc.querySelector('#action'))).toContain('刷新令牌后重试');
    expect(hrefOf(section(doc, 'fix'), '访问令牌过期')).toBe('/guides/token-refresh/#expired');
    const example = JSON.parse(text(doc.querySelector('[aria-label="示例响应"]'))) as { result: number };
    expect(example.result).toBe(100014);
    expect(text(section(doc, 'example'))).toContain('invalid_token');
  });

  it('shows how to point at the page from an API error body', () => {
    const example = section(page('/errors/100050/'), 'example');
    expect([...example.querySelectorAll('h3')].map(text)).toContain('在自己的 API 错误响应里指向本页');
    const problem = example.querySelector('[aria-label="RFC 9457 问题详情示例"]')!.textContent;
    expect(problem).toContain('Content-Type: application/problem+json');
    expect(problem).toMatch(/"type": "https?:\/\/[^"]+\/errors\/100050\/"/);
    expect(example.querySelector('[aria-label="OAuth 错误响应示例"]')!.textContent).toContain(
      '"error": "invalid_grant"',
    );
  });

  it('links the codes its explanation mentions, never itself', () => {
    const fix = section(page('/errors/130016/'), 'fix');
    expect(hrefOf(fix, '100014')).toBe('/errors/100014/');
    expect(links(fix, '130016')).toEqual([]);
  });

  it('ends with its sources, each linked and labelled with its kind', () => {
    const sources = section(page('/errors/120012/'), 'sources');
    expect(text(sources.querySelector('h2')).replace(/#$/, '')).toBe('依据');
    const items = [...sources.querySelectorAll('li')];
    const officialDoc = items.filter((li) => text(li).includes('请求文件上传信息'));
    expect(officialDoc).toHaveLength(1);
    expect(officialDoc[0].querySelector('a')!.getAttribute('href')).toBe(
      'https://open.wps.cn/documents/app-integration-dev/server/yundoc/file-transfer/get-upload-file.html',
    );
    expect(text(officialDoc[0])).toContain('WPS 官方文档');
    const sdk = items.filter((li) => text(li).includes('obsync-root'));
    expect(sdk).toHaveLength(1);
    expect(text(sdk[0])).toContain('SDK 或工具源码');
  });

  it('links its category page, which lists every 100xxx code in order', () => {
    const breadcrumb = page('/errors/100014/').querySelector('nav[aria-label="当前位置"]')!;
    const category = hrefOf(breadcrumb, /授权认证/);
    expect(category).toBe('/categories/oauth/');
    const listed = [...page(category).querySelectorAll('tbody td.code-cell')].map(text);
    const expected = official.codes.filter((c) => c.code >= 100000 && c.code < 110000).map((c) => String(c.code));
    expect(listed).toEqual(expected);
  });
});

describe('the request diagnosis', () => {
  it('is linked from the header, OAuth code pages and the not-found page', () => {
    const oauth = page('/errors/100010/');
    expect(hrefOf(oauth.querySelector('nav[aria-label="主导航"]')!, '请求诊断')).toBe('/diagnose/');
    expect(hrefOf(oauth, '检查你的请求')).toBe('/diagnose/');
    expect(links(page('/errors/130032/'), '检查你的请求')).toHaveLength(1);
    expect(links(page('/errors/120009/'), '检查你的请求')).toEqual([]);
    expect(hrefOf(page('/404.html'), '诊断一个 OAuth 请求')).toBe('/diagnose/');
  });
});

describe('the home page', () => {
  it('is in Chinese and lists every code in tables grouped by range', () => {
    const doc = page('/');
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect([...doc.querySelectorAll('tbody td.code-cell')].map(text)).toEqual(
      official.codes.map((c) => String(c.code)),
    );
    const headings = [...doc.querySelectorAll('h2')].filter((h) => !h.closest('[hidden]')).map(text);
    for (const name of ['授权认证', '组织与用户', '文件与存储', '开放平台服务']) {
      expect(headings.some((h) => h.includes(name)), name).toBe(true);
    }
  });
});

describe('without JavaScript, "on this page"', () => {
  it('lists and links every section of a code page', () => {
    const hrefs = [...page('/errors/130009/').querySelectorAll('.toc-side nav a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#meaning', '#causes', '#fix', '#example', '#related', '#sources']);
  });
});

describe('the JSON and Markdown editions of a code page', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic({ dir: distDir });
  });
  afterAll(() => server.close());

  it('are linked from the page and served with their media types', async () => {
    const message = messageOf(100014);
    const formats = [...page('/errors/100014/').querySelectorAll('p')].find((p) => text(p).startsWith('本页的其他格式'))!;
    for (const [name, type, check] of [
      [
        'JSON',
        'application/json',
        (body: string) => expect((JSON.parse(body) as { message: string }).message).toBe(message),
      ],
      ['Markdown', 'text/markdown; charset=utf-8', (body: string) => expect(body).toContain(`> ${message}`)],
    ] as const) {
      const response = await fetch(new URL(hrefOf(formats, name), server.origin));
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toContain(type);
      check(await response.text());
    }
  });
});
