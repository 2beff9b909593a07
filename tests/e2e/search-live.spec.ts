/**
 * The live results under the header box: when the input names a code (or an
 * alias, or a WPS 365 error), the first row opens it and the status line says
 * what Enter does; every result says what kind of page it is, and a code's
 * excerpt never comes from the hidden keywords.
 */
import { expect, test } from './fixtures';
import { ResultsPage } from './pages/results-page';
import { SearchBox } from './pages/search-box';

test.beforeEach(async ({ page }) => {
  await page.goto('/guides/');
});

test('a log line with a code: the first live row opens the code and the status line says so', async ({ page }) => {
  const box = new SearchBox(page);
  await box.input.fill('2026-07-13 11:02:45 [pid 18365] upload failed {"code":120004,"msg":"x"}');
  const first = box.items.first();
  await expect(first).toHaveText('打开 120004 空间已满');
  await expect(first.locator('a')).toHaveAttribute('href', '/errors/120004/');
  await expect(box.status).toContainText('按 Enter 打开错误码 120004');
});

test('an exact alias in a log line opens its code, from the live row and with Enter', async ({ page }) => {
  const box = new SearchBox(page);
  await box.input.fill('2026-07-13 11:02:45 [pid 18365] OAuth callback failed: RedirectUriNotConfig');
  await expect(box.items.first()).toHaveText(/^打开 130031/);
  await expect(box.status).toContainText('按 Enter 打开错误码 130031');
  await box.input.press('Enter');
  await expect(page).toHaveURL(/\/errors\/130031\/$/);
});

test('digits inside an appid are not a code', async ({ page }) => {
  const box = new SearchBox(page);
  await box.input.fill('client_id: AK20260807SZZMPB redirect uri 不匹配');
  await expect(box.status).toContainText('按 Enter 查看完整搜索');
  await expect(box.items.and(page.locator('[data-open]'))).toHaveCount(0);
  await box.input.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
});

test('a WPS 365 error body: the first row and Enter open the matching row of the WPS 365 page', async ({ page }) => {
  const box = new SearchBox(page);
  await box.input.fill('{"code":40000005,"msg":"invalid_scope","debug":{"desc":"The requested scope is invalid"}}');
  await expect(box.items.first()).toHaveText('打开 WPS 365 错误说明：invalid_scope');
  await expect(box.status).toContainText('按 Enter 打开 WPS 365 错误说明');
  await box.input.press('Enter');
  await expect(page).toHaveURL(/\/guides\/wps365-oauth-errors\/#invalid-scope$/);
  await expect(page.locator('#invalid-scope')).toBeVisible();
});

test('results are labelled by kind, and code excerpts come from the message and meaning', async ({ page }) => {
  const box = new SearchBox(page);
  await box.input.fill('invalid_scope');
  const rows = box.items;
  await expect(rows.first()).toBeVisible();
  const kinds = await rows.locator('.result-kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.every((k) => ['错误码', '指南章节', '分类', '页面'].includes(k))).toBe(true);
  const codeRow = rows.and(page.locator('[data-kind="code"]')).first();
  // The excerpt opens with the official message, as the page's own text does.
  const code = await codeRow.getAttribute('data-code');
  const excerpt = await codeRow.locator('.result-excerpt').textContent();
  const message = await page.evaluate(async (c) => {
    const body = (await (await fetch('/errors.json')).json()) as { codes: { code: number; message: string }[] };
    return body.codes.find((x) => x.code === Number(c))!.message;
  }, code);
  expect(excerpt!.startsWith(message)).toBe(true);
  const guideRow = rows.and(page.locator('[data-kind="guide"]')).locator('a').first();
  await expect(guideRow).toHaveAttribute('href', /#[a-z0-9-]+$/);
});

test('guide-section excerpts carry no heading-anchor "#"', async ({ page }) => {
  const results = new ResultsPage(page);
  await results.goto('访问令牌过期');
  await expect(results.status).toHaveText(/找到/);
  const guideItems = results.items.filter({ hasText: '指南章节' });
  expect(await guideItems.count()).toBeGreaterThan(0);
  for (const text of await guideItems.allInnerTexts()) expect(text).not.toContain('#');
});
