import { expect, test } from './fixtures';
import { SearchBox } from './pages/search-box';

test.describe('not-found pages', () => {
  test('an undocumented code URL answers 404 and links the nearest codes', async ({ page }) => {
    const response = await page.goto('/errors/100040/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '100040 不是已收录的全局错误码' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^100031/ })).toHaveAttribute('href', '/errors/100031/');
    await expect(page.getByRole('link', { name: /^100050/ })).toHaveAttribute('href', '/errors/100050/');
    await expect(page.getByRole('link', { name: /授权认证分类/ })).toHaveAttribute('href', '/categories/oauth/');
    await expect(new SearchBox(page).region).toBeVisible();
  });

  test('a number from another WPS family is named as such', async ({ page }) => {
    await page.goto('/errors/40002/');
    await expect(page.locator('[data-advice-family]')).toContainText('WebOffice');
    await expect(page.locator('[data-advice-family]')).toContainText('InvalidToken');
    await page.goto('/errors/40000001/');
    await expect(page.locator('[data-advice-family]')).toContainText('WPS 365');
  });

  test('any unknown path gets the 404 page with search', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    await expect(page.locator('[data-number-advice]')).toBeHidden();
    await expect(new SearchBox(page).input).toBeVisible();
  });
});
