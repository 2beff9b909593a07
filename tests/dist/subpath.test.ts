/**
 * The site built under a sub-path (BASE_PATH=/wps-errors/, in dist-subpath/):
 * a crawl of the HTML from the home page reaches every page through links
 * inside the base, and no link or asset points outside it. What scripts
 * fetch at run time is checked in the browser (tests/e2e/subpath.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { attributeValues, builtSite } from '../support/dist';

const BASE = '/wps-errors/';
const site = builtSite('dist-subpath', 'npm run build:subpath');
const URL_ATTRIBUTES: [tag: string, attribute: string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['form', 'action'],
];

describe('the sub-path build', () => {
  it('a crawl from the home page reaches every page, with every link and asset inside the base', () => {
    const queue = [BASE];
    const seen = new Set(queue);
    const problems: string[] = [];
    while (queue.length) {
      const pathname = queue.shift()!;
      const file = site.fileForUrl(pathname.slice(BASE.length - 1));
      if (!file) {
        problems.push(`${pathname}: no such page`);
        continue;
      }
      if (!file.endsWith('.html')) continue;
      const html = site.read(file);
      for (const [tag, attribute] of URL_ATTRIBUTES) {
        for (const value of attributeValues(html, tag, attribute)) {
          const url = new URL(value, `http://site${pathname}`);
          if (url.host !== 'site') continue;
          if (!url.pathname.startsWith(BASE)) problems.push(`${pathname}: <${tag} ${attribute}="${value}"> is outside the base`);
          else if (!seen.has(url.pathname)) {
            seen.add(url.pathname);
            queue.push(url.pathname);
          }
        }
      }
    }
    const pages = [...seen].filter((path) => path.endsWith('/'));
    expect(pages.length).toBeGreaterThan(90);
    expect(problems).toEqual([]);
  });
});
