/**
 * A code page's first visit, counted from the built HTML: every URL the
 * browser fetches before any interaction (stylesheets, scripts and what they
 * import statically, icons, images, preloads), data: URIs excepted.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attributeValues, readDist, readDistBytes, staticClosure } from '../support/dist';

const PAGE = '/errors/100014/index.html';

/** Link relations a browser fetches while loading the page. */
const FETCHED_RELS = /\srel="(stylesheet|icon|preload|modulepreload|apple-touch-icon|manifest)"/;

function firstVisit(page: string): string[] {
  const html = readDist(page);
  const links = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => FETCHED_RELS.test(tag))
    .map((tag) => /\shref="([^"]*)"/.exec(tag)?.[1] ?? '');
  const scripts = attributeValues(html, 'script', 'src').flatMap((src) => [...staticClosure(src)]);
  const images = attributeValues(html, 'img', 'src');
  const assets = new Set([...links, ...scripts, ...images].filter((url) => !url.startsWith('data:')));
  return [page.replace(/index\.html$/, ''), ...assets];
}

describe('a code page’s first visit', () => {
  it('is three requests: the HTML, one stylesheet and one script', () => {
    const requests = firstVisit(PAGE);
    const bytes = requests.map((url) => gzipSync(url.endsWith('/') ? readDist(PAGE) : readDistBytes(url)).length);
    console.log(`first visit of /errors/100014/: ${requests.length} requests, ${bytes.reduce((a, b) => a + b, 0)} B gzip (${requests.join(', ')})`);
    expect(requests).toHaveLength(3);
    expect(requests.filter((url) => url.endsWith('.css'))).toHaveLength(1);
    expect(requests.filter((url) => url.endsWith('.js'))).toHaveLength(1);
  });
});

describe('/favicon.ico', () => {
  // Pages carry their icon inline, but browsers fall back to /favicon.ico
  // when a page is left before its head is read (a redirect from the
  // not-found page), and link previews in chat and ticket tools ask for it
  // directly: they get an icon, not a 404.
  it('is an icon file', () => {
    const bytes = readDistBytes('/favicon.ico');
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);
  });
});
