/**
 * A code page and the home page in the browser: what the first screen shows,
 * and the filter by client action. What the static HTML holds (sections,
 * links, sources, editions, the home tables, the guides) is checked on the
 * build in tests/dist/code-page-content.test.ts and tests/dist/guides.test.ts.
 */
import { expect, official, test } from './fixtures';
import { CodePage } from './pages/code-page';

test.describe('a code page', () => {
  test('shows the code and its full official message first', async ({ page }) => {
    const { message } = official.codes.find((c) => c.code === 100014)!;
    const codePage = new CodePage(page);
    await codePage.goto(100014);
    const h1 = codePage.heading;
    await expect(h1).toContainText('100014');
    await expect(codePage.officialMessage).toHaveText(message);
    await expect(page.getByText('WPS 开放平台官方原文（逐字引用）')).toBeVisible();
    await expect(page).toHaveTitle(/^100014 access token过期/);
    // The code, the official message and the action are all in the first screen.
    const viewport = page.viewportSize()!;
    for (const locator of [h1, codePage.official, codePage.action]) {
      const box = (await locator.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(viewport.height);
    }
  });
});

test.describe('the home page', () => {
  test('filters by client action, and the filter can be linked', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('按建议处理方式筛选').selectOption('refresh-token');
    await expect(page).toHaveURL(/\?action=refresh-token$/);
    const visible = page.locator('tbody tr:visible');
    const count = await visible.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(official.codes.length);
    for (const badge of await visible.locator('.badge').allInnerTexts()) expect(badge).toBe('刷新令牌后重试');
    await page.reload();
    await expect(page.locator('tbody tr:visible')).toHaveCount(count);
  });
});
