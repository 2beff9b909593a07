/**
 * Real-world search: strings gathered from public code, issues and posts
 * (tests/fixtures/real-world-queries.json, each with its source), as a user
 * types them. A paste that holds a documented code or an exact alias, typed
 * into the header box, must land on its page on Enter; a WPS 365 error body on
 * the matching row of the WPS 365 page. A text search, typed into the results
 * page, must show the expected code in the top 3 for at least 90 % of the set.
 * That Enter sends every text query to the full search is checked without a
 * browser (tests/dist/real-world-enter.test.ts), and here once in the header.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ResultsPage } from './pages/results-page';

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

// Each paste is a page load and a navigation: a few per test keeps every test short.
const pastes = queries.filter((q) => q.kind !== 'text');
const PASTE_CHUNK = 6;
for (let from = 0; from < pastes.length; from += PASTE_CHUNK) {
  const chunk = pastes.slice(from, from + PASTE_CHUNK);
  test(`pastes ${from + 1}–${from + chunk.length} (a documented code, an exact alias or a WPS 365 body) land on their page`, async ({
    page,
  }) => {
    const misses: string[] = [];
    for (const q of chunk) {
      const { pathname, hash } = await submitInHeader(page, q.query);
      const landed = pathname + hash;
      const expected = Array.isArray(q.expected) ? `/errors/${q.expected[0]}/` : q.expected;
      if (q.kind === 'not-a-code' ? pathname !== expected : landed !== expected)
        misses.push(`${JSON.stringify(q.query.slice(0, 80))} → ${landed}, expected ${expected}`);
    }
    expect(misses).toEqual([]);
  });
}

test('Enter on a plain-text query in the header box opens its results page', async ({ page }) => {
  // A short one: the results page's address keeps a long query only up to its length limit.
  const { query } = queries.find((q) => q.kind === 'text' && q.query.length < 100)!;
  const landed = await submitInHeader(page, query);
  expect(landed.pathname).toBe('/search/');
  expect(landed.searchParams.get('q')).toBe(query);
});

// The text queries run in chunks of at most CHUNK, one test each, all typed
// into one results page per chunk (as search-quality.spec.ts does); the last
// test judges the share over the whole set.
const texts = queries.filter((q) => q.kind === 'text');
const CHUNK = 15;
const misses: string[] = [];
let asked = 0;

test.describe.serial('text searches', () => {
  for (let from = 0; from < texts.length; from += CHUNK) {
    const chunk = texts.slice(from, from + CHUNK);
    test(`text queries ${from + 1}–${from + chunk.length}`, async ({ page }) => {
      const results = new ResultsPage(page);
      await results.goto();
      const { input, status } = results;
      for (const q of chunk) {
        await status.evaluate((el) => (el.textContent = ''));
        await input.fill(q.query);
        await input.press('Enter');
        await expect(status).toHaveText(/找到|没有找到/);
        const codes = await results.topCodes(TOP);
        if (!codes.some((code) => (q.expected as number[]).includes(code)))
          misses.push(
            `${JSON.stringify(q.query.slice(0, 80))} → [${codes.join(', ')}], expected ${String(q.expected)}`,
          );
        asked++;
      }
    });
  }

  test('text searches find the expected code in the top 3 for at least 90% of real-world strings', () => {
    expect(asked).toBe(texts.length);
    const share = (texts.length - misses.length) / texts.length;
    console.log(
      `real-world text search: ${texts.length - misses.length}/${texts.length} = ${(share * 100).toFixed(1)}% in top ${TOP}`,
    );
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(share).toBeGreaterThanOrEqual(TEXT_SHARE);
  });
});
