import { chromium } from '@playwright/test';
const [, , port, q] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/categories/`);
const out = await page.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ ranking: { pageLength: 0.9, termSaturation: 2 } });
  await pf.init();
  const t = [];
  let s = performance.now();
  await pf.search('warmup');
  t.push(['warm', performance.now() - s]);
  s = performance.now();
  const r = await pf.search(q);
  t.push(['full', performance.now() - s, r.results.length]);
  for (const w of q.split(/\s+/).slice(0, 12)) {
    s = performance.now();
    const r2 = await pf.search(w);
    t.push([w, Math.round(performance.now() - s), r2.results.length]);
  }
  return t;
}, q);
console.log(out);
await browser.close();
