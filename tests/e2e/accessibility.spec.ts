/**
 * An axe scan of every page in the sitemap plus the not-found pages, in light
 * and dark colour schemes; zero violations of any impact. One test per URL, so
 * the scans spread over the workers and each test stays short; the tests of a
 * worker share one page, as a new browser context per URL would cost more than
 * the scan. The dark scan runs the colour rules only (see COLOUR_RULES).
 */
import { readFileSync } from 'node:fs';
import { expect, sharedPageTest, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { SearchBox } from './pages/search-box';
import { axeViolationsInBothSchemes } from './support/axe';

const sitemap = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const paths = [...sitemapPaths, '/no/such/page/', '/errors/100040/', '/errors/?code=40002'];
/** Pages whose script fills in advice about the number after load: scanned once it is shown. */
const ADVICE_SHOWN_ON = new Set(['/errors/100040/', '/errors/?code=40002']);

test('the sitemap lists every page', () => {
  expect(sitemapPaths.length).toBeGreaterThan(90);
});

for (const path of paths) {
  sharedPageTest(`axe finds no violations on ${path} (light and dark)`, async ({ sharedPage: page }) => {
    await page.goto(path);
    if (ADVICE_SHOWN_ON.has(path)) await expect(page.locator('[data-number-advice]')).toBeVisible();
    expect(await axeViolationsInBothSchemes(page)).toEqual([]);
  });
}

test('keyboard only: skip link, visible focus, search usable without a mouse', async ({ page }) => {
  await new CodePage(page).goto(100014);
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
