/**
 * The default build has no SITE_URL, so its canonical URLs name
 * localhost:4321; the copy buttons must hand out the origin the reader is on.
 * (The sub-path build sets SITE_URL: see copy-url.subpath.spec.ts.)
 */
import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test("without SITE_URL both copy buttons use the reader's own origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  expect(origin).not.toBe('http://localhost:4321');
  const code = new CodePage(page);
  await code.goto(100014, '#fix');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', 'http://localhost:4321/errors/100014/');
  await code.copyButton('复制链接').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/errors/100014/#fix`);
  await code.copyButton('复制到工单').click();
  const ticket = await page.evaluate(() => navigator.clipboard.readText());
  expect(ticket.split('\n').at(-1)).toBe(`详情：${origin}/errors/100014/`);
});
