/**
 * Axe on the search as a reader sees it: the results page with results, and
 * the header's live panel open, in both colour schemes. Page-load scans never
 * see these states, which JavaScript builds after the reader types.
 */
import { expect, test } from './fixtures';
import { ResultsPage } from './pages/results-page';
import { SearchBox } from './pages/search-box';
import { axeViolationsInBothSchemes } from './support/axe';

test('a results page has no axe violations (light and dark)', async ({ page }) => {
  const results = new ResultsPage(page);
  await results.goto('令牌过期');
  await expect(results.items.first()).toBeVisible({ timeout: 20_000 });
  expect(await axeViolationsInBothSchemes(page, 'main')).toEqual([]);
});

test('the open live panel has no axe violations (light and dark)', async ({ page }) => {
  await page.goto('/guides/');
  const box = new SearchBox(page);
  await box.input.fill('回调地址');
  await expect(box.results.first()).toBeVisible({ timeout: 20_000 });
  expect(await axeViolationsInBothSchemes(page, '[data-search-box]')).toEqual([]);
});
