/**
 * Axe on the search as a reader sees it: the results page with results, and
 * the header's live panel open, in both colour schemes. Page-load scans never
 * see these states, which JavaScript builds after the reader types.
 */
import { expect, test } from './fixtures';
import { axeViolationsInBothSchemes } from './support/axe';

test('a results page has no axe violations (light and dark)', async ({ page }) => {
  await page.goto('/search/?q=%E4%BB%A4%E7%89%8C%E8%BF%87%E6%9C%9F');
  await expect(page.locator('[data-search-page-results] li').first()).toBeVisible();
  expect(await axeViolationsInBothSchemes(page, 'main')).toEqual([]);
});

test('the open live panel has no axe violations (light and dark)', async ({ page }) => {
  await page.goto('/guides/');
  await page.getByRole('search').getByRole('searchbox').fill('回调地址');
  await expect(page.getByRole('search').locator('[data-search-results] a').first()).toBeVisible();
  expect(await axeViolationsInBothSchemes(page, '[data-search-box]')).toEqual([]);
});
