/**
 * Search quality over realistic queries (tests/fixtures/search-queries.json),
 * typed into the real search page against the built Pagefind index. Each
 * query expects one of its codes in the top 3 results; the suite must reach 95 %.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface Query {
  query: string;
  expect: number[];
  note: string;
}
const queries: Query[] = JSON.parse(readFileSync(new URL('../fixtures/search-queries.json', import.meta.url), 'utf8'));
const REQUIRED_SHARE = 0.95;
const TOP = 3;

test('search finds the expected code in the top 3 for at least 95% of realistic queries', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const input = page.getByLabel('搜索错误码、报错信息或关键词：');
  const status = page.locator('[data-search-page-status]');
  const misses: string[] = [];
  const times: number[] = [];
  for (const { query, expect: expected } of queries) {
    await status.evaluate((el) => (el.textContent = ''));
    await input.fill(query);
    const started = Date.now();
    await input.press('Enter');
    await expect(status).toHaveText(/找到|没有找到/);
    times.push(Date.now() - started);
    const codes = await page
      .locator('[data-search-page-results] li')
      .evaluateAll((lis, top) => lis.slice(0, top).map((li) => Number((li as HTMLElement).dataset.code)), TOP);
    if (!codes.some((code) => expected.includes(code)))
      misses.push(`${JSON.stringify(query)} → [${codes.join(', ')}], expected ${expected.join(' or ')}`);
  }
  times.sort((a, b) => a - b);
  const share = (queries.length - misses.length) / queries.length;
  console.log(
    `search quality: ${queries.length - misses.length}/${queries.length} = ${(share * 100).toFixed(1)}% in top ${TOP}; median ${times[Math.floor(times.length / 2)]} ms per query (typed in the search page, results rendered)`,
  );
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
  expect(queries.length).toBeGreaterThanOrEqual(40);
  expect(share).toBeGreaterThanOrEqual(REQUIRED_SHARE);
});
