/**
 * Every place a reader's text enters the site (the header box, the results
 * page's box, /search/?q=, /errors/?code=, the not-found path and query, the
 * address bar's #hash) is fed hostile and malformed input. The text may be shown, never run, and the
 * page never navigates off the site (the fixture fails any external request).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { ResultsPage } from './pages/results-page';
import { SearchBox } from './pages/search-box';
import { HOSTILE, NO_HITS, TYPED } from '../fixtures/hostile-input';

/**
 * Elements the inputs would create if any of them were written as markup,
 * anywhere in the document (the header's live panel is outside <main>). The
 * site's own forms are the search box, the results page's and the lookup's.
 */
const INJECTED = [
  'img[src="x"]',
  'meta[http-equiv="refresh" i]',
  'svg[onload]',
  'script:not([type])',
  '[href^="//zzqxj"], [src^="//zzqxj"], [action^="//zzqxj"]',
  'form:not([data-search-box]):not([data-search-page]):not([data-lookup-form])',
].join(', ');

/** The page stayed on the site, ran none of the input, and injected no element from it. */
async function expectInert(page: Page, origin: string) {
  expect(new URL(page.url()).origin).toBe(origin);
  expect(await page.title()).not.toContain('pwned');
  expect(await page.locator(INJECTED).count()).toBe(0);
}

/**
 * The results page has answered its query, with results or without. A
 * failure message is not an answer: hostile text is still a query (a search
 * for "constructor" once failed on the prototype of a word table).
 */
const searchAnswered = (page: Page) => expect(new ResultsPage(page).status).toHaveText(/找到|没有找到/);

/** For the input no search finds, the answer is the "nothing found" state, so that state is what is checked. */
async function expectNoHitsShownAsText(status: Locator, input: string) {
  if (input === NO_HITS) await expect(status).toContainText('没有找到结果');
}

/** Addresses that carry a reader's text: each opens one with `input` in it and waits until the page has answered. */
const ADDRESSES: Record<string, (page: Page, input: string) => Promise<void>> = {
  'in /search/?q=': async (page, input) => {
    const results = new ResultsPage(page);
    await results.goto(input);
    await searchAnswered(page);
    await expect(results.input).toHaveValue(input);
    await expectNoHitsShownAsText(results.status, input);
  },
  'in /errors/?code=': async (page, input) => {
    await page.goto(`/errors/?code=${encodeURIComponent(input)}`);
    await expect(page.locator('#lookup-input')).toHaveValue(input);
    // Answered: a status line, or the advice about an undocumented number.
    await expect(
      page.locator('[data-lookup-status]:not(:empty), [data-number-advice]:not([hidden])').first(),
    ).toBeAttached();
  },
  'in a not-found path and its query': async (page, input) => {
    const encoded = encodeURIComponent(input);
    // The page reads the path once the code list has arrived, then shows advice or nothing.
    const codeList = page.waitForResponse((response) => new URL(response.url()).pathname === '/lookup.json');
    await page.goto(`/no/such/${encoded}?code=${encoded}`);
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    await (await codeList).finished();
    // One frame later the promise chain that reads it has run.
    await page.evaluate(() => new Promise(requestAnimationFrame));
  },
};

const label = (input: string) => JSON.stringify(input.slice(0, 40));

/** `list` in runs of at most `size`, so that no test takes long. */
function chunks<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

// Each entry point takes the inputs one after another on one page, a step
// per input, rather than a test per input and page: the page loads are what
// these tests cost.
test.describe('hostile input is shown, never run, and never leaves the site', () => {
  test('typed into the header box: the live results, then Enter on the last', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto('/guides/');
    const box = new SearchBox(page);
    for (const input of TYPED) {
      await test.step(label(input), async () => {
        await box.status.evaluate((line) => (line.textContent = ''));
        await box.input.fill(input);
        // The live search has run when its status line says what Enter will do.
        await expect(box.status).toHaveText(/按 Enter|暂时不可用/);
        await expectNoHitsShownAsText(box.status, input);
        await expectInert(page, origin);
      });
    }
    // Where Enter sends each of them is checked in Node (tests/dist/hostile-enter.test.ts);
    // here, that the last one is carried there. What the results page shows of
    // such text is checked with /search/?q= below.
    await box.input.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/');
    await expectInert(page, origin);
  });

  for (const [n, inputs] of chunks(TYPED, 6).entries()) {
    test(`typed into the results page (${n + 1})`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const results = new ResultsPage(page);
      await results.goto();
      for (const input of inputs) {
        await test.step(label(input), async () => {
          await results.status.evaluate((el) => (el.textContent = ''));
          await results.search(input);
          await expect(results.input).toHaveValue(input);
          await searchAnswered(page);
          await expectNoHitsShownAsText(results.status, input);
          await expectInert(page, origin);
        });
      }
    });
  }

  // A page load per input: a few inputs per test keep each test short on a busy machine.
  for (const [where, open] of Object.entries(ADDRESSES)) {
    for (const [n, inputs] of chunks(HOSTILE, 5).entries()) {
      test(`${where} (${n + 1})`, async ({ page, baseURL }) => {
        const origin = new URL(baseURL!).origin;
        for (const input of inputs) {
          await test.step(label(input), async () => {
            await open(page, input);
            await expectInert(page, origin);
          });
        }
      });
    }
  }
});

test.describe('the not-found page finds a documented code in any form of the URL', () => {
  const forms = [
    '/errors/100014.html',
    '/errors/0100014/',
    '/errors/%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%94/',
    '/100014.html',
    '/no/such?code=100014',
    '/no/such?code=%E9%94%99%E8%AF%AF%E7%A0%81%EF%BC%9A100014',
  ];
  for (const path of forms) {
    test(`${decodeURIComponent(path)} opens /errors/100014/`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page).toHaveURL(/\/errors\/100014\/$/);
      await expect(new CodePage(page).heading).toContainText('100014');
    });
  }

  test('/errors/00/ opens the page of the success code 0', async ({ page }) => {
    await page.goto('/errors/00/');
    await expect(page).toHaveURL(/\/errors\/0\/$/);
  });

  test('an undocumented number is still called undocumented', async ({ page }) => {
    await page.goto('/errors/0100040/');
    await expect(page.getByRole('heading', { name: '100040 不是已收录的全局错误码' })).toBeVisible();
  });
});

test.describe('the lookup form', () => {
  test('a 2,000-character paste never becomes a URL, and the code in it is found', async ({ page }) => {
    await page.goto('/errors/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const paste = `${'令牌过期了怎么办'.repeat(250)} {"result":100014,"msg":"access token过期"}`;
    await page.locator('#lookup-input').fill(paste);
    await page.getByRole('button', { name: '查找' }).click();
    await expect(page).toHaveURL(/\/errors\/100014\/$/);
    expect(requests.filter((url) => url.length > 1000)).toEqual([]);
  });

  test('long text without a code offers a search cut to its limit', async ({ page }) => {
    await page.goto('/errors/');
    await page.locator('#lookup-input').fill('令牌过期了怎么办'.repeat(250));
    await page.getByRole('button', { name: '查找' }).click();
    const link = page.getByRole('link', { name: '改为全文搜索这段内容' });
    await expect(link).toBeVisible();
    expect((await link.getAttribute('href'))!.length).toBeLessThan(2000);
    expect(page.url()).not.toContain('?code=');
    await link.click();
    await expect(page).toHaveURL(/\/search\/\?q=/);
  });

  test('an undocumented number keeps a short, linkable address', async ({ page }) => {
    await page.goto('/errors/');
    await page.locator('#lookup-input').fill('错误码：１０００４０ 以及很长很长的说明');
    await page.getByRole('button', { name: '查找' }).click();
    await expect(page.getByRole('heading', { name: '100040 不是已收录的全局错误码' })).toBeVisible();
    await expect(page).toHaveURL(/\/errors\/\?code=100040$/);
  });
});

test.describe('copy buttons with a malformed #hash', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('still copy the link, without the broken fragment', async ({ page }) => {
    const code = new CodePage(page);
    await code.goto(100014, '#%E0%A4%A');
    await code.copyButton('复制链接').click();
    await expect(code.copyStatus).toHaveText(/已复制链接/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/errors\/100014\/$/);
  });
});
