/**
 * Search quality as a reader meets it: a few queries from the fixtures,
 * typed into the real results page, show an expected code in the top 3. The
 * whole set (tests/fixtures/search-queries.json, 95 % in the top 3) runs
 * through the same ranking code on the built index in Node, in a fraction of
 * the time (tests/dist/search-quality.test.ts); these show that the page runs
 * that code on that index, in the browser's Pagefind, and draws its results.
 */
import { asTyped, qualityQueries, realWorldQueries, TOP } from '../support/search-fixtures';
import { expect, test } from './fixtures';
import { ResultsPage } from './pages/results-page';

/** The fixture query that starts with `start`, with the codes the fixture expects for it. */
function sample(start: string): { query: string; codes: number[] } {
  const quality = qualityQueries.find((q) => q.query.startsWith(start));
  if (quality) return { query: quality.query, codes: quality.expect };
  const text = realWorldQueries.find((q) => q.kind === 'text' && q.query.startsWith(start));
  if (text) return { query: text.query, codes: text.expected as number[] };
  throw new Error(`no search fixture starts with ${JSON.stringify(start)}`);
}

const SAMPLES = {
  'a Chinese paraphrase': sample('空间满了'),
  'an English description': sample('access token expired'),
  'a multi-line log line pasted whole': sample('INFO/Worker-3] Failed to retrieve access token'),
};

for (const [what, { query, codes }] of Object.entries(SAMPLES)) {
  test(`${what} typed into the results page shows its code in the top 3`, async ({ page }) => {
    const results = new ResultsPage(page);
    await results.goto();
    await results.input.fill(query);
    // The checks in Node search for what the box holds (asTyped): the paste on one line.
    await expect(results.input).toHaveValue(asTyped(query));
    await results.input.press('Enter');
    await expect(results.status).toHaveText(/找到|没有找到/);
    const top = await results.topCodes(TOP);
    expect(
      top.some((code) => codes.includes(code)),
      `top ${TOP}: [${top.join(', ')}], expected ${codes.join(' or ')}`,
    ).toBe(true);
  });
}
