import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link copies the canonical URL, with the section in the address bar', async ({ page }) => {
  const code = new CodePage(page);
  await code.goto(100014, '#fix');
  await code.copyButton('复制链接').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^https?:\/\/[^/]+\/errors\/100014\/#fix$/);
  await expect(code.copyStatus).toHaveText(/已复制链接/);
});

test('copy for ticket copies code, official message, action and URL', async ({ page }) => {
  const code = new CodePage(page);
  await code.goto(130009);
  await code.copyButton('复制到工单').click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines[0]).toContain('130009');
  expect(lines[1]).toBe('官方说明：操作频繁');
  expect(lines[2]).toMatch(/^建议处理：稍后退避重试/);
  expect(lines[3]).toMatch(/^详情：https?:\/\/.+\/errors\/130009\/$/);
  await expect(code.copyStatus).toHaveText('已复制工单文本');
});

test('section headings have an anchor link that shows on focus', async ({ page }) => {
  await new CodePage(page).goto(100014);
  const anchor = page.locator('#causes .heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#causes');
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
});
