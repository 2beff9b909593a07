/**
 * The site deployed under a sub-path (BASE_PATH=/wps-errors/, built into
 * dist-subpath/): on a page of every kind, nothing the browser fetches at run
 * time leaves the base, and search and lookup still work. The crawl of every
 * link and asset in the HTML is a check on the build (tests/dist/subpath.test.ts).
 */
import { expect, test } from './fixtures';
import { ResultsPage } from './pages/results-page';
import { SearchBox } from './pages/search-box';

const PAGE_KINDS = [
  '',
  'errors/100014/',
  'categories/oauth/',
  'guides/',
  'guides/token-refresh/',
  'search/?q=token',
  'errors/?code=40002',
];

for (const path of PAGE_KINDS) {
  test(`/${path} fetches nothing outside the base path`, async ({ page, baseURL }) => {
    const base = new URL(baseURL!).pathname;
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && !url.pathname.startsWith(base)) outside.push(url.pathname);
    });
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(400);
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
  });
}

test('lookup, search and not-found work under the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto(base);
  await new SearchBox(page).submit('{"result":130009}');
  await expect(page).toHaveURL(new RegExp(`${base}errors/130009/$`));

  const results = new ResultsPage(page);
  await results.goto('令牌过期');
  await expect(results.items.first()).toBeVisible();
  expect((await results.items.allInnerTexts()).slice(0, 3).join('\n')).toContain('100014');
  await expect(results.links.first()).toHaveAttribute('href', new RegExp(`^${base}errors/`));

  await page.goto(`${base}130009`);
  await expect(page).toHaveURL(new RegExp(`${base}errors/130009/$`));

  const response = await page.goto(`${base}errors/100040/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: /^100031/ })).toHaveAttribute('href', `${base}errors/100031/`);
});
