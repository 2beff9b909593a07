/**
 * Real-world search: strings gathered from public code, issues and posts
 * (tests/fixtures/real-world-queries.json, each with its source) are typed
 * into the header search box of a page and Enter is pressed, as a user would.
 * A paste that holds a documented code or an exact alias must land on its
 * page; a WPS 365 error body on the matching row of the WPS 365 page; a text
 * search must show the expected code in the top 3 for at least 90 % of the set.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface RealWorldQuery {
  query: string;
  expected: number[] | string;
  source: string;
  kind: 'code-in-text' | 'log-line' | 'alias' | 'wps365-body' | 'not-a-code' | 'text';
}
const queries = JSON.parse(
  readFileSync(new URL('../fixtures/real-world-queries.json', import.meta.url), 'utf8'),
) as RealWorldQuery[];
const TOP = 3;
const TEXT_SHARE = 0.9;

/** Where no query can lead, so that every Enter is a visible navigation. */
const START = '/categories/';

async function submitInHeader(page: Page, query: string): Promise<URL> {
  if (new URL(page.url()).pathname !== '/search/') await page.goto(START);
  const before = page.url();
  const box = page.locator('#site-search');
  await box.fill(query);
  await box.press('Enter');
  await page.waitForURL((url) => url.href !== before && !url.pathname.endsWith(START));
  return new URL(page.url());
}

test('the fixture holds at least 60 sourced real-world strings', () => {
  expect(queries.length).toBeGreaterThanOrEqual(60);
  for (const q of queries) expect(q.source, q.query).toMatch(/^https?:\/\//);
});

test('pastes with a documented code, an exact alias or a WPS 365 body land on their page', async ({ page }) => {
  test.setTimeout(120_000);
  const misses: string[] = [];
  for (const q of queries.filter((q) => q.kind !== 'text')) {
    const { pathname, hash } = await submitInHeader(page, q.query);
    const landed = pathname + hash;
    const expected = Array.isArray(q.expected) ? `/errors/${q.expected[0]}/` : q.expected;
    if (q.kind === 'not-a-code' ? pathname !== expected : landed !== expected)
      misses.push(`${JSON.stringify(q.query.slice(0, 80))} → ${landed}, expected ${expected}`);
  }
  expect(misses).toEqual([]);
});

test('text searches find the expected code in the top 3 for at least 90% of real-world strings', async ({ page }) => {
  test.setTimeout(400_000);
  const texts = queries.filter((q) => q.kind === 'text');
  const misses: string[] = [];
  for (const q of texts) {
    const landed = await submitInHeader(page, q.query);
    if (landed.pathname !== '/search/') {
      misses.push(`${JSON.stringify(q.query.slice(0, 80))} → opened ${landed.pathname}${landed.hash}`);
      continue;
    }
    // Every query is a fresh page load, so Pagefind starts cold each time.
    await expect(page.locator('[data-search-page-status]')).toHaveText(/找到|没有找到/, { timeout: 20_000 });
    const codes = await page
      .locator('[data-search-page-results] li')
      .evaluateAll((lis, top) => lis.slice(0, top).map((li) => Number((li as HTMLElement).dataset.code)), TOP);
    if (!codes.some((code) => (q.expected as number[]).includes(code)))
      misses.push(`${JSON.stringify(q.query.slice(0, 80))} → [${codes.join(', ')}], expected ${String(q.expected)}`);
  }
  const share = (texts.length - misses.length) / texts.length;
  console.log(
    `real-world text search: ${texts.length - misses.length}/${texts.length} = ${(share * 100).toFixed(1)}% in top ${TOP}`,
  );
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
  expect(share).toBeGreaterThanOrEqual(TEXT_SHARE);
});
