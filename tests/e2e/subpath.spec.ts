/**
 * The site deployed under a sub-path (BASE_PATH=/wps-errors/, built into
 * dist-subpath/): a crawl from the home page finds no link or asset outside
 * the base, no broken page, and search and lookup still work.
 */
import { expect, test } from './fixtures';

test('a crawl under the base path finds every link inside it and working', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL!).pathname;
  const origin = new URL(baseURL!).origin;
  const queue = [base];
  const seen = new Set(queue);
  const files = new Set<string>();
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(base))
      problems.push(`request outside the base: ${url.pathname}`);
  });
  while (queue.length) {
    const path = queue.shift()!;
    const response = await page.goto(path);
    if (response?.status() !== 200) problems.push(`${path}: ${response?.status()}`);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) problems.push(`${path} links outside the base: ${url.pathname}`);
      else if (/\.(json|xml|txt|md)$/.test(url.pathname)) files.add(url.pathname);
      else if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  // Files (JSON, Markdown, text) are fetched, not opened as pages: cheaper, and just as telling.
  for (const file of files) {
    const status = (await page.request.get(file)).status();
    if (status !== 200) problems.push(`${file}: ${status}`);
  }
  expect(seen.size).toBeGreaterThan(90);
  expect(problems).toEqual([]);
});

test('lookup, search and not-found work under the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto(base);
  const box = page.getByRole('search').getByRole('searchbox');
  await box.fill('{"result":130009}');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}errors/130009/$`));

  await page.goto(`${base}search/?q=${encodeURIComponent('令牌过期')}`);
  await expect(page.locator('[data-search-page-results] li').first()).toContainText('100014');
  await expect(page.locator('[data-search-page-results] a').first()).toHaveAttribute(
    'href',
    new RegExp(`^${base}errors/`),
  );

  await page.goto(`${base}130009`);
  await expect(page).toHaveURL(new RegExp(`${base}errors/130009/$`));

  const response = await page.goto(`${base}errors/100040/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: /^100031/ })).toHaveAttribute('href', `${base}errors/100031/`);
});
