/**
 * The request-diagnosis page on the build: in the sitemap, its static links
 * verified by the crawl like any page, and a first visit as light as a code
 * page's. The parser and checks load only when the reader reaches for the
 * textarea, so they are not part of the first visit; their size is printed.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attributeValues, distFiles, readDist, readDistBytes } from '../support/dist';

const PAGE = '/diagnose/index.html';
const BUDGET = { html: 14 * 1024, firstVisit: 20 * 1024, eagerJs: 5 * 1024 };
const gz = (bytes: Buffer | string) => gzipSync(bytes).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A script and what it imports statically; `import("./x.js")` is loaded later and not followed. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const match of readDist(file).matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    staticClosure(new URL(match[1], `http://site${dir}`).pathname, seen);
  }
  return seen;
}

describe('/diagnose/', () => {
  const html = readDist(PAGE);
  const css = attributeValues(html, 'link', 'href').filter((h) => h.endsWith('.css'));
  const eager = new Set(attributeValues(html, 'script', 'src').flatMap((src) => [...staticClosure(src)]));
  const engine = distFiles.filter((f) => /\/diagnose-engine\.[\w-]+\.js$/.test(f));
  const sizes = {
    html: gz(html),
    css: css.reduce((n, f) => n + gz(readDistBytes(f)), 0),
    js: [...eager].reduce((n, f) => n + gz(readDistBytes(f)), 0),
  };

  it('keeps the first visit within the code-page budgets', () => {
    const total = sizes.html + sizes.css + sizes.js;
    console.log(
      `diagnose budgets: html ${kb(sizes.html)}, css ${kb(sizes.css)}, eager js ${kb(sizes.js)}, first visit ${kb(total)}; ` +
        `engine loaded on first use ${kb(engine.reduce((n, f) => n + gz(readDistBytes(f)), 0))}`,
    );
    expect(sizes.html).toBeLessThan(BUDGET.html);
    expect(total).toBeLessThan(BUDGET.firstVisit);
    expect(sizes.js).toBeLessThan(BUDGET.eagerJs);
  });

  it('loads the parser and checks only on this page, and only on demand', () => {
    expect(engine).toHaveLength(1);
    expect([...eager]).not.toContain(engine[0]);
    const otherPages = ['/index.html', '/errors/100014/index.html', '/search/index.html'];
    for (const page of otherPages) {
      const scripts = attributeValues(readDist(page), 'script', 'src').flatMap((src) => [...staticClosure(src)]);
      expect(scripts.filter((s) => s.includes('diagnose')), page).toEqual([]);
    }
  });

  it('is in the sitemap', () => {
    expect(readDist('/sitemap-0.xml')).toMatch(/<loc>[^<]*\/diagnose\/<\/loc>/);
  });
});
