/** A crawl of the built output: every internal link and #anchor resolves. */
import { describe, expect, it } from 'vitest';
import { attributeValues, fileForUrl, htmlPages, idsIn, readDist, urlOfPage } from '../support/dist';

describe('internal links', () => {
  it('resolve to a file, and their #anchor to an element', () => {
    const broken: string[] = [];
    let checked = 0;
    // Most anchors point into a few pages: read each target's ids once.
    const idsByPage = new Map<string, Set<string>>();
    const idsOf = (page: string) => idsByPage.get(page) ?? idsByPage.set(page, idsIn(readDist(page))).get(page)!;
    for (const page of htmlPages) {
      const html = readDist(page);
      for (const href of [...attributeValues(html, 'a', 'href'), ...attributeValues(html, 'link', 'href')]) {
        const url = new URL(href, `http://site${urlOfPage(page)}`);
        if (url.host !== 'site') continue;
        checked++;
        const target = fileForUrl(url.pathname);
        if (!target) {
          broken.push(`${page}: ${href} (no such page)`);
          continue;
        }
        if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page}: ${href} (no element with id "${url.hash.slice(1)}")`);
        }
      }
    }
    console.log(`link check: ${checked} internal links on ${htmlPages.length} pages`);
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('ids are unique within each page', () => {
    const duplicates = htmlPages.flatMap((page) => {
      const ids = [...readDist(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${page}#${id}`);
    });
    expect(duplicates).toEqual([]);
  });
});
