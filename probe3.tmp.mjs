import { chromium } from '@playwright/test';
const [, , port, ...qs] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('request', (r) => {
  if (!/pagefind\/(index|fragment)/.test(r.url())) return;
  globalThis.n = (globalThis.n ?? 0) + 1;
});
for (const q of qs) {
  globalThis.n = 0;
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(q)}`);
  const t1 = Date.now();
  await page.waitForFunction(
    () => !/正在搜索/.test(document.querySelector('[data-search-page-status]').textContent),
    null,
    { timeout: 60000 },
  );
  console.log('load', t1 - t0, 'search', Date.now() - t1, 'index/fragment requests', globalThis.n);
}
await browser.close();
