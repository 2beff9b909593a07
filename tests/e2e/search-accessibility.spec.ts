/**
 * Axe on the search as a reader sees it: the results page with results, and
 * the header's live panel open, in both colour schemes. Page-load scans never
 * see these states, which JavaScript builds after the reader types.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const violationsOf = async (page: import('@playwright/test').Page, include: string) =>
  (await new AxeBuilder({ page }).include(include).analyze()).violations.map(
    (v) =>
      `[${v.impact}] ${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a results page has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=%E4%BB%A4%E7%89%8C%E8%BF%87%E6%9C%9F');
    await expect(page.locator('[data-search-page-results] li').first()).toBeVisible({ timeout: 20_000 });
    expect(await violationsOf(page, 'main')).toEqual([]);
  });

  test(`the open live panel has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/guides/');
    await page.getByRole('search').getByRole('searchbox').fill('回调地址');
    await expect(page.getByRole('search').locator('[data-search-results] a').first()).toBeVisible({ timeout: 20_000 });
    expect(await violationsOf(page, '[data-search-box]')).toEqual([]);
  });
}
