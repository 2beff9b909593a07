/**
 * Search quality over realistic queries (tests/fixtures/search-queries.json),
 * run through the site's own ranking and Pagefind on the built index, in Node:
 * each query expects one of its codes in the top 3 results, and the set must
 * reach 95 %. A few of these queries are also typed into the real results
 * page (tests/e2e/search-quality.spec.ts), which shows the ranking is the same there.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltPagefind } from '../support/node-pagefind';
import { qualityQueries } from '../support/search-fixtures';
import { measureRanking, printRanking } from '../support/search-ranking';

const REQUIRED_SHARE = 0.95;
/** Ninety-odd queries take one to three seconds; a busy shared machine, several times that. */
const TIMEOUT_MS = 60_000;

describe('search quality on the built index', () => {
  const pagefind = useBuiltPagefind();

  it('splits a Chinese query into words, as Pagefind does on the site (from the page\'s <html lang>)', async () => {
    // Read as one unknown word, "用户不存在" would match only the page that has that exact string.
    const ids = async (query: string) => ((await pagefind().search(query))?.results ?? []).map((r) => r.id);
    const whole = await ids('用户不存在');
    expect(whole.length).toBeGreaterThan(1);
    expect(whole).toEqual(await ids('用户 不存在'));
  });

  it(
    'finds the expected code in the top 3 for at least 95% of realistic queries',
    async () => {
      expect(qualityQueries.length).toBeGreaterThanOrEqual(40);
      const report = await measureRanking(
        pagefind(),
        qualityQueries.map((q) => ({ query: q.query, codes: q.expect })),
      );
      printRanking('search quality', report);
      expect(report.share).toBeGreaterThanOrEqual(REQUIRED_SHARE);
    },
    TIMEOUT_MS,
  );
});
