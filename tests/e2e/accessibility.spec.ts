/**
 * An axe scan of every page in the sitemap plus the not-found pages, in light
 * and dark colour schemes; zero violations of any impact. One test per URL and
 * scheme, so the scans spread over the workers and each test stays short.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SearchBox } from './pages/search-box';

const sitemap = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const paths = [...sitemapPaths, '/no/such/page/', '/errors/100040/', '/errors/?code=40002'];

test('the sitemap lists every page', () => {
  expect(sitemapPaths.length).toBeGreaterThan(90);
});

for (const path of paths) {
  // Both schemes in one test: the page is loaded once and axe runs twice,
  // which halves the browser work of the longest spec.
  test(`axe finds no violations on ${path} (light and dark)`, async ({ page }) => {
    await page.goto(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // Only violations are reported, so axe skips the details of what passed.
      const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
      const violations = results.violations.map(
        (v) =>
          `[${colorScheme}] [${v.impact}] ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      expect(violations).toEqual([]);
    }
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
  await expect(new SearchBox(page).results.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/(errors|guides)\//);
});
