/**
 * A code's official message is as exact as its number: typed alone, each
 * message must rank its code first (a message two codes share puts both
 * first), and Enter on a message that only one code has opens that code.
 * The messages come from the official list fixture, not from the index.
 */
import { describe, expect, it } from 'vitest';
import { searchWith } from '../../src/lib/search/site-search';
import { useBuiltLookupClient } from '../support/built-lookup-client';
import { official as officialList } from '../support/corpus';
import { useBuiltPagefind } from '../support/node-pagefind';
import { builtSearchIndex } from '../support/search-ranking';

const official = officialList.codes;
const codesOf = (message: string) => official.filter((e) => e.message === message).map((e) => e.code);

describe('official messages on the built site', () => {
  const pagefind = useBuiltPagefind();
  const lookupClient = useBuiltLookupClient();

  it('rank their own code first when typed alone', async () => {
    const index = builtSearchIndex();
    const misses: string[] = [];
    for (const { code, message } of official) {
      const sharing = codesOf(message);
      const top = (await searchWith(pagefind(), message, sharing.length, { index })).map((hit) => Number(hit.code));
      if (!top.includes(code)) misses.push(`${code} "${message.slice(0, 40)}" → [${top.join(', ')}]`);
    }
    expect(misses).toEqual([]);
  }, 60_000);

  it('open their code on Enter when no other code has the same message', async () => {
    const misses: string[] = [];
    for (const { code, message } of official) {
      const target = await lookupClient().enterTarget(message);
      const unique = codesOf(message).length === 1;
      if (unique ? !(target.kind === 'code' && target.code === code) : target.kind !== 'search')
        misses.push(`${code} "${message.slice(0, 40)}" → ${target.url}`);
    }
    expect(misses).toEqual([]);
  });
});
