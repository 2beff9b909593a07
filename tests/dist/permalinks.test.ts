/**
 * Permanent URLs: every URL in content/permalinks.txt must still resolve
 * (page, file or section anchor), and every URL the site serves must be
 * listed, so that the manifest keeps growing with the site.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../support/corpus';
import { distFiles, fileForUrl, htmlPages, idsIn, readDist, urlOfPage } from '../support/dist';

const manifest = read('content/permalinks.txt')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

/** Section anchors that tickets link: the h2 ids of code pages and guides. */
function servedUrls(): string[] {
  const sitemap = readDist('/sitemap-0.xml');
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const anchors = htmlPages
    .filter((p) => /^\/(errors\/\d+|guides\/[a-z0-9-]+)\/index\.html$/.test(p))
    .flatMap((p) => [...readDist(p).matchAll(/<h2 id="([a-z0-9-]+)"/g)].map((m) => `${urlOfPage(p)}#${m[1]}`));
  const shortLinks = distFiles.filter((f) => /^\/\d+\/index\.html$/.test(f)).map((f) => f.replace(/\/index\.html$/, ''));
  // The machine-readable and Markdown editions, and the feed of changes, are permanent URLs too.
  const editions = distFiles.filter((f) =>
    /^\/(errors\/\d+\.(json|md)|guides\/[a-z0-9-]+\.md|llms(-full)?\.txt|errors(\.schema)?\.json|changes\.xml)$/.test(f),
  );
  return [...pages, ...anchors, ...shortLinks, ...editions];
}

describe('permalinks', () => {
  it('lists no URL twice', () => {
    expect(manifest.filter((url, i) => manifest.indexOf(url) !== i)).toEqual([]);
  });

  it('every URL ever served still resolves', () => {
    const broken = manifest.filter((url) => {
      const { pathname, hash } = new URL(url, 'http://site');
      const file = fileForUrl(pathname);
      if (!file) return true;
      return hash !== '' && !idsIn(readDist(file)).has(hash.slice(1));
    });
    expect(broken).toEqual([]);
    expect(manifest.length).toBeGreaterThan(500);
  });

  it('every URL the site serves is in the manifest (append new ones)', () => {
    const listed = new Set(manifest);
    expect(servedUrls().filter((url) => !listed.has(url))).toEqual([]);
  });
});
