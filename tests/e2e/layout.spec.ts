/**
 * What a reader sees: phones, dark mode and print. Pages without JavaScript
 * are checked on the built HTML (tests/dist/code-pages.test.ts).
 */
import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';

const pages = [
  '/',
  '/errors/100014/',
  '/errors/100010/',
  '/categories/oauth/',
  '/guides/authorization-code/',
  '/guides/rate-limits/',
  '/search/?q=token',
  '/no/such/page/',
];

test('nothing scrolls sideways on a 360px-wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('dark mode follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await new CodePage(page).goto(100014);
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  expect(light).toBe('rgb(255, 255, 255)');
});

test('a code page prints without the site chrome', async ({ page }) => {
  const code = new CodePage(page);
  await code.goto(100014);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(code.official).toBeVisible();
  await expect(code.section('fix')).toBeVisible();
});
