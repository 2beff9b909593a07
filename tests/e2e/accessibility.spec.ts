/**
 * An axe scan of every page in the sitemap plus the 404 page, in light and
 * dark colour schemes; zero violations of any impact.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'parallel' });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any page (${colorScheme})`, async ({ page, request }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(paths.length).toBeGreaterThan(90);
    const violations: string[] = [];
    for (const path of [...paths, '/no/such/page/', '/errors/100040/', '/errors/?code=40002']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations)
        violations.push(
          `${path}: [${v.impact}] ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
    }
    expect(violations).toEqual([]);
  });
}

test('keyboard only: skip link, visible focus, search usable without a mouse', async ({ page }) => {
  await page.goto('/errors/100014/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Every focusable element shows a focus outline.
  await page.goto('/');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  }

  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('操作频繁');
  await expect(page.getByRole('search').locator('[data-search-results] a').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/(errors|guides)\//);
});
