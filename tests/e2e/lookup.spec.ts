/**
 * Exact lookup in the browser: Enter in the header box, the "/" shortcut,
 * live results, and the lookup addresses. Hostile and oversized input in
 * the same boxes is in hostile-input.spec.ts.
 */
import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { ResultsPage } from './pages/results-page';
import { SearchBox } from './pages/search-box';

test.describe('exact lookup from the header search box', () => {
  // Every form the lookup understands is listed in tests/unit/code-lookup.test.ts;
  // here, that the box hands what is typed to it, for two of them.
  const inputs = ['１０００１４', '{"result":100014,"msg":"access token过期"}'];
  test('Enter on the code in a pasted body or in full-width digits opens /errors/100014/', async ({ page }) => {
    for (const input of inputs) {
      await test.step(`Enter on ${JSON.stringify(input)}`, async () => {
        await page.goto('/guides/');
        await new SearchBox(page).submit(input);
        await expect(page).toHaveURL(/\/errors\/100014\/$/);
        await expect(new CodePage(page).heading).toContainText('100014');
      });
    }
  });

  // A test per kind of page: each is two page loads, which a busy machine makes slow.
  for (const path of ['/', '/errors/0/', '/categories/files/', '/guides/rate-limits/', '/search/']) {
    test(`works from ${path}, and "/" focuses the box`, async ({ page }) => {
      const box = new SearchBox(page);
      await page.goto(path);
      await box.focusWithShortcut();
      await expect(box.input).toBeFocused();
      await page.keyboard.type('120009');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/errors\/120009\/$/);
    });
  }

  test('free text goes to a linkable results page with the query filled in', async ({ page }) => {
    await page.goto('/');
    await new SearchBox(page).submit('令牌过期');
    await expect(page).toHaveURL(/\/search\/\?q=%E4%BB%A4%E7%89%8C%E8%BF%87%E6%9C%9F$/);
    const results = new ResultsPage(page);
    await expect(results.input).toHaveValue('令牌过期');
    // The search-quality bar: the expected code among the first three results.
    await expect(results.items.first()).toBeVisible();
    expect((await results.items.allInnerTexts()).slice(0, 3).join('\n')).toContain('100014');
  });

  test('shows live results while typing, reachable with the keyboard', async ({ page }) => {
    await page.goto('/');
    const box = new SearchBox(page);
    await box.input.fill('回调地址');
    const results = box.results;
    // The first search loads Pagefind and its index: slow on a busy machine.
    await expect(results.first()).toBeVisible({ timeout: 20_000 });
    await box.input.press('ArrowDown');
    await expect(results.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/(errors|guides)\//);
  });
});

test.describe('lookup URLs', () => {
  test('/130009 and /130009/ redirect to the code page', async ({ page }) => {
    for (const path of ['/130009', '/130009/']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/errors\/130009\/$/);
    }
  });

  test('/errors/?code= parses what it is given and jumps to the page', async ({ page }) => {
    for (const value of ['130009', '{"result":130009,"msg":"操作频繁"}', '错误码：１３０００９']) {
      await page.goto(`/errors/?code=${encodeURIComponent(value)}`);
      await expect(page).toHaveURL(/\/errors\/130009\/$/);
    }
  });

  test('/errors/?code= with an undocumented code says so and names its neighbours', async ({ page }) => {
    await page.goto('/errors/?code=100040');
    await expect(page.getByRole('heading', { name: '100040 不是已收录的全局错误码' })).toBeVisible();
    await expect(page.getByRole('link', { name: /100031/ })).toHaveAttribute('href', '/errors/100031/');
    await expect(page.getByRole('link', { name: /100050/ })).toHaveAttribute('href', '/errors/100050/');
  });

  test('/search/?q= opens the results page with the query', async ({ page }) => {
    const results = new ResultsPage(page);
    await results.goto('file too large');
    await expect(results.input).toHaveValue('file too large');
    await expect(results.items.first()).toBeVisible();
  });
});
