import { chromium } from '@playwright/test';
const [, , port, ...terms] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/categories/`);
const out = await page.evaluate(async (terms) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const o = {};
  for (const t of terms) {
    const r = await pf.search(t);
    o[t] = await Promise.all(
      r.results.slice(0, 5).map(async (x) => (await x.data()).meta.code ?? (await x.data()).url),
    );
    o[t].unshift(r.results.length);
  }
  return o;
}, terms);
console.log(out);
await browser.close();
