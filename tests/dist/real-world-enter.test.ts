/**
 * What Enter in a search box does with each real-world string
 * (tests/fixtures/real-world-queries.json): the site's own lookup client,
 * given the built site's lookup index, must open the page a paste names (a
 * documented code, an alias, a log line, a WPS 365 error body) and send every
 * text query to the full search. Each string is given as the box holds it
 * once pasted (asTyped). The ranking of the text queries is checked in
 * search-real-world.test.ts; the browser presses Enter on one string of each
 * kind in the header box (search-real-world.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltLookupClient } from '../support/built-lookup-client';
import { fileForUrl, idsIn, readDist } from '../support/dist';
import { asTyped, pasteMiss, realWorldQueries } from '../support/search-fixtures';

const texts = realWorldQueries.filter((q) => q.kind === 'text');
const pastes = realWorldQueries.filter((q) => q.kind !== 'text');

describe('Enter on a real-world string', () => {
  const lookupClient = useBuiltLookupClient();
  const enterTarget = (query: string) => lookupClient().enterTarget(query);

  it('opens a code page for a documented code (guard against an index that was not read)', async () => {
    expect(await enterTarget('{"result":100014}')).toMatchObject({ kind: 'code', code: 100014 });
  });

  it('goes to the full search for every text query, unless it quotes an official message or names a WPS 365 error', async () => {
    expect(texts.length).toBeGreaterThanOrEqual(40);
    const opened: string[] = [];
    let quoted = 0;
    for (const { query, expected } of texts) {
      const target = await enterTarget(asTyped(query));
      if (target.kind === 'code' && (expected as number[]).includes(target.code)) quoted++;
      // "如果报错invalid_scope,请检查WPS365平台…": the WPS 365 guide's row for that error.
      else if (target.kind === 'wps365' && /wps\s*365/i.test(query)) continue;
      else if (target.kind !== 'search') opened.push(`${JSON.stringify(query.slice(0, 80))} → ${target.url}`);
    }
    expect(opened).toEqual([]);
    // Five of the strings quote a distinctive part of an official message ("回调地址不合法。").
    expect(quoted).toBeGreaterThanOrEqual(5);
  });

  it('lands every paste (a documented code, an exact alias, a log line or a WPS 365 body) on its page', async () => {
    expect(new Set(pastes.map((q) => q.kind))).toEqual(
      new Set(['code-in-text', 'log-line', 'alias', 'wps365-body', 'not-a-code']),
    );
    const misses: string[] = [];
    for (const q of pastes) {
      const landed = new URL((await enterTarget(asTyped(q.query))).url, 'http://site.test');
      const miss = pasteMiss(q, landed);
      // A right address must also be a built page, and its #row an element of that page.
      const file = fileForUrl(landed.pathname);
      if (miss) misses.push(miss);
      else if (!file) misses.push(`${landed.pathname}: no such page in dist/`);
      else if (landed.hash && !idsIn(readDist(file)).has(decodeURIComponent(landed.hash.slice(1))))
        misses.push(`${landed.pathname}${landed.hash}: no such id on the page`);
    }
    expect(misses).toEqual([]);
  });
});
