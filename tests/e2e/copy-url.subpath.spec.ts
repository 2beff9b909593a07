/**
 * The sub-path build is made with SITE_URL=https://errors.example.com: the
 * copy buttons hand out that canonical URL, whatever origin serves the page.
 */
import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('with SITE_URL both copy buttons use the canonical URL', async ({ page }) => {
  const code = new CodePage(page);
  await code.goto(130009, '#causes');
  await code.copyButton('复制链接').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'https://errors.example.com/wps-errors/errors/130009/#causes',
  );
  await code.copyButton('复制到工单').click();
  const ticket = await page.evaluate(() => navigator.clipboard.readText());
  expect(ticket.split('\n').at(-1)).toBe('详情：https://errors.example.com/wps-errors/errors/130009/');
});
