/**
 * Reader-first layout: what a phone shows on the first screen, the "on this
 * page" list, tables that fit their box, and form fields that match the header.
 */
import { expect, official, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { SearchBox } from './pages/search-box';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: PHONE });

  test('100014 shows its code, title, official message and next step on the first screen', async ({ page }) => {
    const code = new CodePage(page);
    await code.goto(100014);
    await expect(code.heading).toHaveText(/100014\s*访问令牌已过期/);
    const nextStep = page.locator('.next-step');
    await expect(nextStep).toContainText('用刷新令牌换取新的访问令牌');
    await expect(nextStep.locator('.badge')).toHaveText('刷新令牌后重试');
    for (const part of [code.heading, code.official, nextStep]) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    }
  });

  test('the codes with the longest official messages still fit the first screen', async ({ page }) => {
    const longest = [...official.codes].sort((a, b) => b.message.length - a.message.length).slice(0, 4);
    const codePage = new CodePage(page);
    for (const { code } of longest) {
      await codePage.goto(code);
      const box = (await page.locator('.next-step').boundingBox())!;
      expect(box.y + box.height, `${code}`).toBeLessThanOrEqual(PHONE.height);
    }
  });

  test('"on this page" is folded into the top', async ({ page }) => {
    await new CodePage(page).goto(100014);
    await expect(page.locator('.toc-side')).toBeHidden();
    const toc = page.locator('details.toc-top');
    await expect(toc).toBeVisible();
    await expect(toc.getByRole('link', { name: '解决方法' })).toBeHidden();
    await toc.locator('summary').click();
    await toc.getByRole('link', { name: '解决方法' }).click();
    await expect(page).toHaveURL(/#fix$/);
  });

  test('a guide table scrolls inside its box, never the page', async ({ page }) => {
    await page.goto('/guides/token-refresh/');
    const wrap = page.locator('section:has(#codes) .table-wrap');
    const geometry = await wrap.evaluate((el) => ({
      right: el.getBoundingClientRect().right,
      scrolls: el.scrollWidth > el.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(geometry.right).toBeLessThanOrEqual(PHONE.width);
    expect(geometry.page).toBeLessThanOrEqual(0);
    expect(geometry.scrolls).toBe(true);
  });
});

test.describe('on a 1280px screen', () => {
  test.use({ viewport: DESKTOP });

  test('"on this page" sits in the right column and marks the section being read without moving', async ({ page }) => {
    const code = new CodePage(page);
    await code.goto(100014);
    const side = page.locator('.toc-side nav');
    await expect(side).toBeVisible();
    await expect(page.locator('details.toc-top')).toBeHidden();
    const article = (await page.locator('article').boundingBox())!;
    const list = (await side.boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(article.x + article.width);
    expect(await side.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');

    const links = side.locator('a');
    const before = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
    await code.section('example').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 0);
    await expect(side.getByRole('link', { name: '示例响应' })).toHaveAttribute('aria-current', 'true');
    await expect(side.locator('a[aria-current]')).toHaveCount(1);
    // Still in view after scrolling, and no link moved or changed size within the list.
    const after = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
    expect(after[0].y).toBeGreaterThanOrEqual(0);
    expect(after.map((r) => [r.x, r.width, r.height, r.y - after[0].y])).toEqual(
      before.map((r) => [r.x, r.width, r.height, r.y - before[0].y]),
    );
  });

  test('a guide table fills its box, and its link cells name sections by title', async ({ page }) => {
    await page.goto('/guides/token-refresh/');
    const wrap = page.locator('section:has(#codes) .table-wrap');
    const widths = await wrap.evaluate((el) => ({
      box: el.clientWidth,
      table: el.querySelector('table')!.getBoundingClientRect().width,
    }));
    expect(Math.abs(widths.table - widths.box)).toBeLessThanOrEqual(1);
    const row = wrap.locator('tr', { has: page.getByRole('link', { name: '100014', exact: true }) });
    await expect(row.getByRole('link', { name: '访问令牌过期', exact: true })).toHaveAttribute('href', '#expired');
    for (const text of await wrap.locator('td.sections-cell a').allInnerTexts()) expect(text).not.toMatch(/^#/);
  });

  test('the home tables line up from one range to the next', async ({ page }) => {
    await page.goto('/');
    const columns = await page
      .locator('[data-code-table]')
      .evaluateAll((tables) =>
        tables.map((t) => [...t.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().x))),
      );
    expect(columns.length).toBe(5);
    for (const row of columns) expect(row).toEqual(columns[0]);
  });
});

test('filtering the home page by action counts what is shown, per range and in total', async ({ page }) => {
  await page.goto('/?action=reauthorize');
  const status = page.locator('[data-filter-status]');
  await expect(status).toHaveText(/^显示 \d+ 个错误码$/);
  let total = 0;
  for (const group of await page.locator('[data-code-group]:visible').all()) {
    const shown = await group.locator('tbody tr:visible').count();
    const all = await group.locator('tbody tr').count();
    await expect(group.locator('h2')).toContainText(`${shown} / ${all} 个`);
    total += shown;
  }
  expect(total).toBeGreaterThan(0);
  await expect(status).toHaveText(`显示 ${total} 个错误码`);
  // Back to everything: the headings show the full counts again (37 codes in 100xxx).
  await page.getByLabel('按建议处理方式筛选').selectOption('');
  await expect(page.locator('h2', { hasText: '授权认证' })).toContainText('（100xxx，37 个）');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the search and lookup inputs match the header box (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const style = (el: Element) => {
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { height: Math.round(box.height), bg: s.backgroundColor, border: s.borderTopColor, font: s.fontSize };
    };
    for (const [path, id] of [
      ['/search/', '#search-page-input'],
      ['/errors/', '#lookup-input'],
    ]) {
      await page.goto(path);
      const header = await new SearchBox(page).input.evaluate(style);
      const own = page.locator(id);
      expect(await own.evaluate(style), path).toEqual(header);
      expect(header.height).toBeGreaterThanOrEqual(40);
      await expect(own).toHaveAttribute('type', 'search');
      await own.focus();
      expect(await own.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  // Which sections it lists, and their anchors, is checked on the built HTML
  // (tests/dist/code-page-content.test.ts); here, that the list is shown.
  test('"on this page" is still shown beside the text', async ({ page }) => {
    await new CodePage(page).goto(130009);
    const links = page.locator('.toc-side nav a');
    await expect(links).toHaveCount(6);
    for (const link of await links.all()) await expect(link).toBeVisible();
  });
});
