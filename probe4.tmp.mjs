import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [, , port, file] = process.argv;
const all = JSON.parse(readFileSync(file, 'utf8'));
const qs = all.filter((q) => (q.kind ?? 'text') === 'text');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/search/`);
const input = page.getByLabel('搜索错误码、报错信息或关键词：');
const status = page.locator('[data-search-page-status]');
let ok = 0;
const miss = [];
for (const q of qs) {
  const exp = q.expected ?? q.expect;
  await status.evaluate((el) => (el.textContent = ''));
  await input.fill(q.query);
  await input.press('Enter');
  await page.waitForFunction(
    () => /找到|没有找到/.test(document.querySelector('[data-search-page-status]').textContent),
    null,
    { timeout: 30000 },
  );
  const rows = await page
    .locator('[data-search-page-results] li')
    .evaluateAll((lis) => lis.slice(0, 3).map((li) => Number(li.dataset.code)));
  if (rows.some((c) => exp.includes(c))) ok++;
  else miss.push(`${JSON.stringify(q.query.slice(0, 70))} → [${rows}] want ${exp}`);
}
console.log(`${ok}/${qs.length}`);
console.log(miss.join('\n'));
await browser.close();
