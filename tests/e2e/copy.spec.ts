import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link copies the canonical URL, with the section in the address bar', async ({ page }) => {
  await page.goto('/errors/100014/#fix');
  await page.getByRole('button', { name: '复制链接' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^https?:\/\/[^/]+\/errors\/100014\/#fix$/);
  await expect(page.locator('[data-copy-status]')).toHaveText(/已复制链接/);
});

test('copy for ticket copies code, official message, action and URL', async ({ page }) => {
  await page.goto('/errors/130009/');
  await page.getByRole('button', { name: '复制到工单' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines[0]).toContain('130009');
  expect(lines[1]).toBe('官方说明：操作频繁');
  expect(lines[2]).toMatch(/^建议处理：稍后退避重试/);
  expect(lines[3]).toMatch(/^详情：https?:\/\/.+\/errors\/130009\/$/);
  await expect(page.locator('[data-copy-status]')).toHaveText('已复制工单文本');
});

test('section headings have an anchor link that shows on focus', async ({ page }) => {
  await page.goto('/errors/100014/');
  const anchor = page.locator('#causes .heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#causes');
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
});
