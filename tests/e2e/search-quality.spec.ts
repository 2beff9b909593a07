/**
 * Search quality over realistic queries (tests/fixtures/search-queries.json),
 * typed into the real search page against the built Pagefind index. Each
 * query expects one of its codes in the top 3 results; the suite must reach 95 %.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ResultsPage } from './pages/results-page';

interface Query {
  query: string;
  expect: number[];
  note: string;
}
const queries = JSON.parse(
  readFileSync(new URL('../fixtures/search-queries.json', import.meta.url), 'utf8'),
) as Query[];
const REQUIRED_SHARE = 0.95;
const TOP = 3;

// The queries run in chunks of at most CHUNK, one test each, so no single test
// runs long; the chunks run in order in one worker and the last test judges
// the whole suite against the required share.
const CHUNK = 15;
const misses: string[] = [];
const times: number[] = [];
let asked = 0;

test.describe.serial('search quality', () => {
  for (let from = 0; from < queries.length; from += CHUNK) {
    const chunk = queries.slice(from, from + CHUNK);
    test(`queries ${from + 1}–${from + chunk.length}`, async ({ page }) => {
      const results = new ResultsPage(page);
      await results.goto();
      const { input, status } = results;
      for (const { query, expect: expected } of chunk) {
        await status.evaluate((el) => (el.textContent = ''));
        await input.fill(query);
        const started = Date.now();
        await input.press('Enter');
        await expect(status).toHaveText(/找到|没有找到/);
        times.push(Date.now() - started);
        const codes = await results.topCodes(TOP);
        if (!codes.some((code) => expected.includes(code)))
          misses.push(`${JSON.stringify(query)} → [${codes.join(', ')}], expected ${expected.join(' or ')}`);
        asked++;
      }
    });
  }

  test('finds the expected code in the top 3 for at least 95% of realistic queries', () => {
    expect(asked).toBe(queries.length);
    times.sort((a, b) => a - b);
    const share = (queries.length - misses.length) / queries.length;
    console.log(
      `search quality: ${queries.length - misses.length}/${queries.length} = ${(share * 100).toFixed(1)}% in top ${TOP}; median ${times[Math.floor(times.length / 2)]} ms per query (typed in the search page, results rendered)`,
    );
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(share).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });
});
