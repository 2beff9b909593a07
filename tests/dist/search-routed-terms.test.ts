/**
 * Where the weight of routed words matters (ROUTED_TERM_WEIGHT in
 * src/lib/search/search-query.ts): an OAuth error name or an OAuth server's
 * English sentence says what the whole paste is about, and must outrank the
 * many ordinary words around it ("request", "parameter", "provided"), which
 * match other codes' text. Two real-world strings from the fixture, each with
 * the codes its source points to, run through the site's ranking on the built
 * index; with the routed words counted like any other word, both lose their
 * code from the top 3.
 */
import { describe, expect, it } from 'vitest';
import { routedTerms } from '../../src/lib/search/search-query';
import { useBuiltPagefind } from '../support/node-pagefind';
import { realWorldQueries } from '../support/search-fixtures';
import { measureRanking } from '../support/search-ranking';

const TIMEOUT_MS = 60_000;

/** The start of each string in tests/fixtures/real-world-queries.json. */
const ROUTED_PASTES = ['insufficient_scope | The request requires higher privileges', 'The request is missing a required parameter'];

const cases = ROUTED_PASTES.map((start) => {
  const found = realWorldQueries.find((q) => q.kind === 'text' && q.query.startsWith(start));
  if (!found) throw new Error(`no text query starting "${start}" in the real-world fixture`);
  return { query: found.query, codes: found.expected as number[] };
});

describe('routed words on the built index', () => {
  const pagefind = useBuiltPagefind();

  it('are found in both pastes', () => {
    for (const { query } of cases) expect(routedTerms(query), query).not.toEqual([]);
  });

  it(
    'outrank the ordinary words of the paste: the expected code is in the top 3 of each',
    async () => {
      const report = await measureRanking(pagefind(), cases);
      expect(report.misses).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
