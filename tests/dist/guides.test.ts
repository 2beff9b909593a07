/**
 * What the guides' static HTML holds: the list of guides, each guide's table
 * of the codes it resolves, its sources and its "on this page" list.
 */
import { describe, expect, it } from 'vitest';
import { hrefOf, page, text } from '../support/html';

const section = (doc: Document, id: string) => doc.querySelector(`section:has(#${id})`)!;

describe('a guide', () => {
  it('ends with its sources', () => {
    const sources = section(page('/guides/redirect-uri/'), 'sources');
    expect(hrefOf(sources, /RFC 6749/)).toBe('https://www.rfc-editor.org/rfc/rfc6749');
    const note = [...sources.querySelectorAll('li')].filter((li) => text(li).includes('WPS365回调地址配置说明'));
    expect(note).toHaveLength(1);
    expect(text(note[0])).toContain('第三方笔记');
  });

  it('lists its sections in "on this page" beside the text', () => {
    const side = page('/guides/token-refresh/').querySelector('.toc-side nav')!;
    expect(hrefOf(side, '访问令牌过期')).toBe('#expired');
    expect(hrefOf(side, '本指南可以解决的错误码')).toBe('#codes');
  });

  it('the guide list links every guide, and each guide but the WPS 365 one lists the codes it resolves', () => {
    const hrefs = [...page('/guides/').querySelectorAll('main .card-list a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    // The WPS 365 page explains another family of codes; no global code names it as its remedy.
    for (const href of hrefs.filter((h) => !h.includes('wps365-oauth-errors'))) {
      expect(page(href).querySelectorAll('section:has(#codes) tbody tr').length, href).toBeGreaterThan(0);
    }
  });

  it("each guide card says truly what it resolves: a count of codes, or the WPS 365 guide's own family", () => {
    const cards = [...page('/guides/').querySelectorAll('main .card-list li')];
    for (const card of cards) {
      const href = card.querySelector('a')!.getAttribute('href')!;
      const label = text(card.querySelector('[data-guide-resolves]'));
      expect(label, href).not.toMatch(/解决 0 个/);
      const rows = page(href).querySelectorAll('section:has(#codes) tbody tr').length;
      if (rows > 0) expect(label, href).toBe(`解决 ${rows} 个错误码`);
    }
    const wps365 = cards.find((card) => card.querySelector('a')!.getAttribute('href')!.includes('wps365-oauth-errors'))!;
    // The first cell of each row of the page's table names a standard OAuth error.
    const names = new Set(
      [...page('/guides/wps365-oauth-errors/').querySelectorAll('table tbody tr td:first-child code')].map(text),
    );
    expect(text(wps365.querySelector('[data-guide-resolves]'))).toBe(
      `处理 WPS 365 新版接口的 ${names.size} 种 OAuth 错误（8 位错误码，不在全局错误码表里）`,
    );
  });

  it('the token guide lists 100014 once, and its section links point at sections of the guide', () => {
    const doc = page('/guides/token-refresh/');
    const rows = [...doc.querySelectorAll('section:has(#codes) tbody tr')].filter((tr) => text(tr).includes('100014'));
    expect(rows).toHaveLength(1);
    const anchors = [...rows[0].querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!);
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(doc.querySelectorAll(anchor), anchor).toHaveLength(1);
  });
});
