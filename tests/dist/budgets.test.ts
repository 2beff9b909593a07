/**
 * Size budgets of a code page's first visit, measured on the build output
 * (gzip, as served): HTML, plus the CSS and the JavaScript it loads before
 * any interaction. Search code is imported on demand and is not counted.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attributeValues, htmlPages, readDist, readDistBytes, staticClosure } from '../support/dist';
import { official } from '../support/official-list';

const BUDGET = { html: 14 * 1024, firstVisit: 20 * 1024, eagerJs: 5 * 1024 };
const gz = (bytes: Buffer | string) => gzipSync(bytes).length;

interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

function weigh(page: string): Weight {
  const html = readDist(page);
  const css = attributeValues(html, 'link', 'href').filter((h) => h.endsWith('.css'));
  const scripts = new Set(attributeValues(html, 'script', 'src').flatMap((src) => [...staticClosure(src)]));
  const sizes = { html: gz(html), css: css.reduce((n, f) => n + gz(readDistBytes(f)), 0), js: [...scripts].reduce((n, f) => n + gz(readDistBytes(f)), 0) };
  return { page, ...sizes, total: sizes.html + sizes.css + sizes.js };
}

const codePages = htmlPages.filter((p) => /^\/errors\/\d+\/index\.html$/.test(p));
const weights = codePages.map(weigh);
const heaviest = (key: keyof Omit<Weight, 'page'>) => weights.reduce((a, b) => (b[key] > a[key] ? b : a));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('code page budgets (gzip)', () => {
  it('measures every code page', () => {
    expect(codePages.length).toBe(official.codes.length);
    const sample = weights.find((w) => w.page === '/errors/100014/index.html')!;
    console.log(
      `budgets: 100014 html ${kb(sample.html)}, css ${kb(sample.css)}, eager js ${kb(sample.js)}, first visit ${kb(sample.total)}; ` +
        `heaviest code page: html ${kb(heaviest('html').html)} (${heaviest('html').page}), first visit ${kb(heaviest('total').total)}`,
    );
  });

  it(`HTML stays under ${kb(BUDGET.html)}`, () => {
    expect(heaviest('html').html).toBeLessThan(BUDGET.html);
  });

  it(`HTML + CSS + eager JS stays under ${kb(BUDGET.firstVisit)}`, () => {
    expect(heaviest('total').total).toBeLessThan(BUDGET.firstVisit);
  });

  it(`JavaScript run before any interaction stays under ${kb(BUDGET.eagerJs)}`, () => {
    expect(heaviest('js').js).toBeLessThan(BUDGET.eagerJs);
    expect(heaviest('js').js).toBeGreaterThan(0);
  });

  it('does not load Pagefind before the search is used', () => {
    for (const page of codePages) {
      const scripts = attributeValues(readDist(page), 'script', 'src').flatMap((src) => [...staticClosure(src)]);
      expect(scripts.filter((s) => s.includes('pagefind'))).toEqual([]);
    }
  });
});
