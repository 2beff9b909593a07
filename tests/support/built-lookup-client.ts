/**
 * The site's own lookup client (src/scripts/lookup-client.ts) in Node, given
 * the built site's lookup index: what Enter in a search box does, without a
 * browser.
 */
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { readDist } from './dist';
import { distFetch } from './node-pagefind';

type LookupClient = typeof import('../../src/scripts/lookup-client');

/**
 * The client for the tests of the calling file. Its one request, /lookup.json,
 * is answered with the built file while that file runs: the dist project
 * shares one global scope between files (isolate: false), so the stub must
 * not outlive them.
 */
export function useBuiltLookupClient(): () => LookupClient {
  let client: LookupClient | undefined;
  beforeAll(async () => {
    // The client asks for /lookup.json alone; a file that also runs Pagefind
    // gets the built index's files answered from dist/ as well.
    vi.stubGlobal('fetch', (url: string) => {
      if (!url.startsWith('/pagefind/')) expect(url).toBe('/lookup.json');
      return url === '/lookup.json' ? Promise.resolve(new Response(readDist('/lookup.json'))) : distFetch(url);
    });
    client = await import('../../src/scripts/lookup-client');
  });
  afterAll(() => vi.unstubAllGlobals());
  return () => {
    if (!client) throw new Error('The lookup client is loaded in beforeAll: call this inside a test');
    return client;
  };
}
