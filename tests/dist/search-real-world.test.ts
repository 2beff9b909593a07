/**
 * Real-world text search: strings gathered from public code, issues and posts
 * (tests/fixtures/real-world-queries.json, each with its source), run through
 * the site's own ranking and Pagefind on the built index, in Node. The text
 * searches must show an expected code in the top 3 for at least 90 % of the
 * set. Where Enter sends every string is checked in real-world-enter.test.ts;
 * the browser types a few of them (tests/e2e/search-real-world.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltPagefind } from '../support/node-pagefind';
import { realWorldQueries } from '../support/search-fixtures';
import { measureRanking, printRanking } from '../support/search-ranking';

const TEXT_SHARE = 0.9;
/** Fifty-odd long strings take two to four seconds; a busy shared machine, several times that. */
const TIMEOUT_MS = 60_000;
const texts = realWorldQueries.filter((q) => q.kind === 'text');

describe('the real-world fixture', () => {
  it('holds at least 60 sourced real-world strings, at least 40 of them text searches', () => {
    expect(realWorldQueries.length).toBeGreaterThanOrEqual(60);
    expect(texts.length).toBeGreaterThanOrEqual(40);
    for (const q of realWorldQueries) expect(q.source, q.query).toMatch(/^https?:\/\//);
  });
});

describe('real-world text search on the built index', () => {
  const pagefind = useBuiltPagefind();

  it(
    'finds the expected code in the top 3 for at least 90% of real-world text searches',
    async () => {
      const report = await measureRanking(
        pagefind(),
        texts.map((q) => ({ query: q.query, codes: q.expected as number[] })),
      );
      printRanking('real-world text search', report);
      expect(report.share).toBeGreaterThanOrEqual(TEXT_SHARE);
    },
    TIMEOUT_MS,
  );
});
