/**
 * What Enter in a search box does with each real-world text query
 * (tests/fixtures/real-world-queries.json): the site's own lookup client,
 * given the built site's lookup index, must send every one to the full search
 * rather than open a page. The browser suite checks the ranking of these
 * queries, and Enter in the header box once (search-real-world.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readDist } from '../support/dist';

interface RealWorldQuery {
  query: string;
  kind: string;
}
const texts = (
  JSON.parse(readFileSync(new URL('../fixtures/real-world-queries.json', import.meta.url), 'utf8')) as RealWorldQuery[]
).filter((q) => q.kind === 'text');

describe('Enter on a real-world text query', () => {
  let enterTarget: typeof import('../../src/scripts/lookup-client').enterTarget;
  beforeAll(async () => {
    // The client fetches /lookup.json; it gets the built file.
    vi.stubGlobal('fetch', (url: string) => {
      expect(url).toBe('/lookup.json');
      return Promise.resolve(new Response(readDist('/lookup.json')));
    });
    ({ enterTarget } = await import('../../src/scripts/lookup-client'));
  });

  it('opens a code page for a documented code (guard against an index that was not read)', async () => {
    expect(await enterTarget('{"result":100014}')).toMatchObject({ kind: 'code', code: 100014 });
  });

  it('goes to the full search for every one', async () => {
    expect(texts.length).toBeGreaterThanOrEqual(40);
    const opened: string[] = [];
    for (const { query } of texts) {
      const target = await enterTarget(query);
      if (target.kind !== 'search') opened.push(`${JSON.stringify(query.slice(0, 80))} → ${target.url}`);
    }
    expect(opened).toEqual([]);
  });
});
