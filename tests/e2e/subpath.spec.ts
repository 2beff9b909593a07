/**
 * The site deployed under a sub-path (BASE_PATH=/wps-errors/, built into
 * dist-subpath/): on a page of every kind, nothing the browser fetches at run
 * time leaves the base, and search and lookup still work. The crawl of every
 * link and asset in the HTML is a check on the build (tests/dist/subpath.test.ts).
 */
import type { Page, Request } from '@playwright/test';
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

/**
 * Pages that fetch after loading (the search index, the code list) show it
 * when done; the test waits for that, not for a quiet spell on the network,
 * which a busy machine can stretch past any fixed time.
 */
const ANSWERED: Record<string, (page: Page) => Promise<void>> = {
  'search/?q=token': (page) => expect(page.locator('[data-search-page-status]')).toHaveText(/找到|没有找到/),
  'errors/?code=40002': (page) =>
    expect(page.locator('[data-lookup-status]:not(:empty), [data-number-advice]:not([hidden])').first()).toBeAttached(),
};

for (const path of PAGE_KINDS) {
  test(`/${path} fetches nothing outside the base path`, async ({ page, baseURL }) => {
    const base = new URL(baseURL!).pathname;
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    const pending = new Set<Request>();
    page.on('request', (request) => {
      pending.add(request);
      const url = new URL(request.url());
      if (url.origin === origin && !url.pathname.startsWith(base)) outside.push(url.pathname);
    });
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(400);
    await ANSWERED[path]?.(page);
    // Every request the page made has ended: nothing is left to go astray.
    await expect.poll(() => pending.size).toBe(0);
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
