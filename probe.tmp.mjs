import { chromium } from '@playwright/test';
const [, , port, ...qs] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (const q of qs) {
  await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(q)}`);
  await page
    .waitForFunction(() => !/正在搜索/.test(document.querySelector('[data-search-page-status]').textContent), null, {
      timeout: 8000,
    })
    .catch(() => console.log('TIMEOUT'));
  const rows = await page
    .locator('[data-search-page-results] li')
    .evaluateAll((lis) =>
      lis
        .slice(0, 5)
        .map(
          (li) =>
            `${li.dataset.kind}:${li.dataset.code ?? ''} ${li.querySelector('.result-title')?.textContent} | ${li.querySelector('.result-excerpt')?.textContent?.slice(0, 60)}`,
        ),
    );
  console.log(JSON.stringify(q.slice(0, 60)), '\n   ', rows.join('\n    '));
}
await browser.close();
