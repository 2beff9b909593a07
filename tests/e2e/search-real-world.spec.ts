/**
 * Real-world pastes as a reader enters them: one string of each kind from
 * tests/fixtures/real-world-queries.json, typed into the header box, lands on
 * its page on Enter. A documented code, an exact alias or a log line opens the
 * code's page; a WPS 365 error body the matching row of the WPS 365 page; a
 * paste that holds no code the results page. Where Enter sends every string of
 * the set, and the ranking of its text searches (90 % in the top 3), are
 * checked in Node on the built site (tests/dist/real-world-enter.test.ts,
 * tests/dist/search-real-world.test.ts).
 */
import type { Page } from '@playwright/test';
import { asTyped, pasteMiss, realWorldQueries, type RealWorldQuery } from '../support/search-fixtures';
import { expect, test } from './fixtures';
import { SearchBox } from './pages/search-box';

/** Where no query can lead, so that every Enter is a visible navigation. */
const START = '/categories/';

async function submitInHeader(page: Page, query: string): Promise<URL> {
  await page.goto(START);
  const box = new SearchBox(page);
  await box.input.fill(query);
  // The checks in Node give Enter what the box holds (asTyped): a paste on one line.
  await expect(box.input).toHaveValue(asTyped(query));
  await box.input.press('Enter');
  await page.waitForURL((url) => !url.pathname.endsWith(START));
  return new URL(page.url());
}

const PASTES: Record<Exclude<RealWorldQuery['kind'], 'text'>, string> = {
  'code-in-text': 'a documented code in a sentence',
  'log-line': 'a log line',
  alias: 'an exact alias',
  'wps365-body': 'a WPS 365 error body',
  'not-a-code': 'a paste that holds no code',
};

for (const [kind, what] of Object.entries(PASTES)) {
  test(`Enter on ${what} in the header box lands on its page`, async ({ page }) => {
    const paste = realWorldQueries.find((q) => q.kind === kind);
    expect(paste, `a ${kind} string in the fixture`).toBeDefined();
    expect(pasteMiss(paste!, await submitInHeader(page, paste!.query))).toBeUndefined();
  });
}

test('Enter on a plain-text query in the header box opens its results page', async ({ page }) => {
  // A short one: the results page's address keeps a long query only up to its length limit.
  const { query } = realWorldQueries.find((q) => q.kind === 'text' && q.query.length < 100)!;
  const landed = await submitInHeader(page, query);
  expect(landed.pathname).toBe('/search/');
  expect(landed.searchParams.get('q')).toBe(query);
});
