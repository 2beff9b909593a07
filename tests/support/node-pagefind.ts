/**
 * The built site's own Pagefind (dist/pagefind/pagefind.js) run in Node, for
 * the ranking checks: the same bundle, index and options a reader's browser
 * gets, without the browser. Its requests are answered from dist/ by a fetch
 * stub, as a static host would answer them.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, vi } from 'vitest';
import { initPagefind, type Pagefind } from '../../src/lib/search/site-search';
import { distDir, fileForUrl, readDist, readDistBytes } from './dist';

/** A request for a site path (/pagefind/…, /lookup.json), answered with the built file or a 404. */
export function distFetch(input: string | URL | Request): Promise<Response> {
  const { pathname } = new URL(input instanceof Request ? input.url : String(input), 'http://built.site');
  const file = fileForUrl(pathname);
  // Copied into a plain Uint8Array: a Buffer's type admits a SharedArrayBuffer, which a Response body may not be.
  return Promise.resolve(
    file ? new Response(new Uint8Array(readDistBytes(file))) : new Response(null, { status: 404 }),
  );
}

/**
 * Imports and starts the built bundle with the site's options. Pagefind takes
 * its language from the page's <html lang> when it starts, and splits the
 * queries of a Chinese page into words; without a document it would take the
 * language to be "unknown", search "用户不存在" as one word and rank unlike the
 * browser. So a document that answers only that question, with the search
 * page's own lang, is there while it starts, and gone before any search.
 */
async function startPagefind(): Promise<Pagefind> {
  // Imported before the document exists: the bundle's WebAssembly glue takes
  // any document on load for a page's, and would look for its script element.
  const module = (await import(
    /* @vite-ignore */ pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href
  )) as Pagefind;
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(readDist('/search/index.html'))?.[1];
  if (!lang) throw new Error('dist/search/index.html has no <html lang>');
  const html = { getAttribute: (name: string) => (name === 'lang' ? lang : null) };
  Object.assign(globalThis, { document: { querySelector: (selector: string) => (selector === 'html' ? html : null) } });
  try {
    // The site is built for the root (npm run build), so results link to /errors/….
    return await initPagefind(module, { baseUrl: '/', basePath: '/pagefind/' });
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
}

/** One Pagefind per test process: it keeps the index chunks it has loaded, as a browser tab does. */
let started: Promise<Pagefind> | undefined;

/**
 * Pagefind on the built index, for the tests of the calling file. The fetch
 * stub stays only while that file runs: the dist project shares one module
 * graph and one global scope between files (isolate: false), and other files
 * stub fetch their own way.
 */
export function useBuiltPagefind(): () => Pagefind {
  let pagefind: Pagefind | undefined;
  beforeAll(async () => {
    vi.stubGlobal('fetch', distFetch);
    started ??= startPagefind();
    pagefind = await started;
  });
  afterAll(() => vi.unstubAllGlobals());
  return () => {
    if (!pagefind) throw new Error('Pagefind is started in beforeAll: call this inside a test');
    return pagefind;
  };
}
