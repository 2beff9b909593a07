/**
 * The request-diagnosis page on the build: in the sitemap, its static links
 * verified by the crawl like any page, and a first visit as light as a code
 * page's. The parser and checks load only when the reader reaches for the
 * textarea, so they are not part of the first visit; their size is printed.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseSources } from '../../src/lib/content/sources';
import { ENDPOINTS } from '../../src/lib/diagnose/endpoints';
import { read } from '../support/corpus';
import { attributeValues, distFiles, readDist, readDistBytes } from '../support/dist';
import { page, text } from '../support/html';

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

  it('lists the sources of its endpoint facts with their titles and addresses in content/sources.yaml', () => {
    const bibliography = new Map(parseSources(read('content/sources.yaml')).sources.map((s) => [s.id, s]));
    const cited = [...new Set(Object.values(ENDPOINTS).flatMap((e) => e.sources))].map((id) => bibliography.get(id)!);
    const listed = [...page('/diagnose/').querySelectorAll<HTMLAnchorElement>('#checks ~ ul a[rel~="external"]')];
    expect(listed.map((a) => ({ title: text(a), address: a.getAttribute('href') }))).toEqual(
      cited.map(({ title, address }) => ({ title, address })),
    );
    // The page's own words for the old generation's token endpoint rest on the SDK that calls it.
    expect(listed.map((a) => a.getAttribute('href'))).toContain(
      'https://github.com/p-hzc/wps-opensdk/blob/master/src/OpenApi/Oauth2.php',
    );
  });

  it('is in the sitemap', () => {
    expect(readDist('/sitemap-0.xml')).toMatch(/<loc>[^<]*\/diagnose\/<\/loc>/);
  });
});
