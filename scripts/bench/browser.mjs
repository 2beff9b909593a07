/**
 * The browser measurements, in Chromium over the shared static server: the
 * first search on a cold cache (bytes and time to the first result) and the
 * warm live search (a keystroke in the header box to rendered results).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/support/chromium.ts';
import { REPO_ROOT } from '../../tests/support/project-copy.ts';
import { serveStatic } from '../serve.ts';
import { median, percentile } from './stats.mjs';

/** Query sets for the warm search: the search-quality fixture, and real-world queries when that file exists. */
const QUERY_FILES = ['tests/fixtures/search-queries.json', 'tests/fixtures/real-world-queries.json'];

export function warmQueries() {
  return QUERY_FILES.map((file) => join(REPO_ROOT, file))
    .filter((path) => existsSync(path))
    .flatMap((path) => JSON.parse(readFileSync(path, 'utf8')).map((entry) => entry.query))
    .filter((query) => typeof query === 'string' && query.trim().length > 0);
}

let browserPromise;
function browser() {
  browserPromise ??= (async () => {
    const instance = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    // Warm-up, so that the first measurement does not also pay for starting
    // the browser's renderer and network processes.
    const context = await instance.newContext();
    const page = await context.newPage();
    await page.setContent('<script>for (let i = 0; i < 1e5; i++) JSON.parse(JSON.stringify({ i }));</script>');
    await context.close();
    return instance;
  })();
  return browserPromise;
}

export async function closeBrowser() {
  if (browserPromise) await (await browserPromise.catch(() => null))?.close().catch(() => undefined);
}

/** Runs `measure(page, origin, log)` in a fresh context (an empty HTTP cache) against `dist`. */
async function withPage(dist, measure) {
  const log = [];
  const server = await serveStatic({ dir: dist, onServed: (served) => log.push(served) });
  const context = await (await browser()).newContext();
  try {
    return await measure(await context.newPage(), server.origin, log);
  } finally {
    await context.close();
    await server.close();
  }
}

function kindOf(pathname) {
  const name = pathname.slice('/pagefind/'.length);
  if (name === 'pagefind.js') return 'js';
  if (name === 'pagefind-entry.json') return 'entry';
  if (name === 'pagefind-worker.js') return 'worker';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  if (name.endsWith('.pf_filter')) return 'filter';
  return 'other';
}
const CORE_KINDS = ['js', 'worker', 'entry', 'wasm', 'meta', 'index', 'filter', 'other'];

/** /search/?q=<query> on a cold cache: what it fetched until the first result showed, and when. */
export function measureFirstSearch(dist, query) {
  return withPage(dist, async (page, origin, log) => {
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!window.__firstResultAt && document.querySelector('[data-search-page-results] li')) {
          window.__firstResultAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const t0 = performance.now();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-search-page-results] li', { timeout: 120_000 });
    const wallMs = performance.now() - t0;
    const seen = log.slice(); // what was served until the first result showed
    const byKind = {};
    for (const r of seen.filter((r) => r.pathname.startsWith('/pagefind/'))) {
      const kind = (byKind[kindOf(r.pathname)] ??= { files: 0, bytes: 0 });
      kind.files++;
      kind.bytes += r.bytes;
    }
    const sum = (kinds, key) => kinds.reduce((s, k) => s + (byKind[k]?.[key] ?? 0), 0);
    return {
      firstResultMs: await page.evaluate(() => window.__firstResultAt),
      wallMs,
      results: await page.locator('[data-search-page-results] li').count(),
      firstHref: await page.locator('[data-search-page-results] li a').first().getAttribute('href'),
      coreBytes: sum(CORE_KINDS, 'bytes'),
      coreFiles: sum(CORE_KINDS, 'files'),
      fragmentBytes: sum(['fragment'], 'bytes'),
      fragmentFiles: sum(['fragment'], 'files'),
      byKind,
      lookupBytes: seen.filter((r) => r.pathname.endsWith('/lookup.json')).reduce((s, r) => s + r.bytes, 0),
      failed: seen.filter((r) => r.status >= 400).map((r) => r.pathname),
    };
  });
}

/**
 * Warm live search: after one search has loaded Pagefind, each query is put in
 * the header box but its last character, which is then typed as one keystroke;
 * the time runs from that keydown to the status line the box writes once it
 * has rendered the live results. Median over the queries.
 */
export function measureWarmSearch(dist, queries) {
  return withPage(dist, async (page, origin) => {
    await page.goto(`${origin}/`);
    const box = page.getByRole('search').getByRole('searchbox');
    const status = page.getByRole('search').locator('[data-search-status]');
    await box.fill('token');
    await status.filter({ hasText: /\S/ }).waitFor({ timeout: 60_000 });
    const times = [];
    for (const query of queries) {
      const characters = [...query];
      await box.evaluate((input, prefix) => {
        const statusLine = input.form.querySelector('[data-search-status]');
        statusLine.textContent = '';
        input.value = prefix;
        window.__keyAt = undefined;
        window.__renderedAt = undefined;
        input.addEventListener('keydown', () => (window.__keyAt = performance.now()), { once: true });
        new MutationObserver((_changes, observer) => {
          if (statusLine.textContent) {
            window.__renderedAt = performance.now();
            observer.disconnect();
          }
        }).observe(statusLine, { childList: true, characterData: true, subtree: true });
      }, characters.slice(0, -1).join(''));
      await box.focus();
      await page.keyboard.type(characters.at(-1));
      await page.waitForFunction(() => window.__renderedAt !== undefined, undefined, { timeout: 30_000 });
      times.push(await page.evaluate(() => window.__renderedAt - window.__keyAt));
    }
    // The engine's floor in the same page: one warm Pagefind search and the data of its first 8 results.
    const floors = [];
    for (const query of queries)
      floors.push(
        await page.evaluate(async (q) => {
          const pagefind = await import('/pagefind/pagefind.js');
          const t0 = performance.now();
          const found = await pagefind.search(q);
          await Promise.all((found?.results ?? []).slice(0, 8).map((r) => r.data()));
          return performance.now() - t0;
        }, query),
      );
    return {
      medianMs: median(times),
      p90Ms: percentile(times, 0.9),
      floorMedianMs: median(floors),
      floorP90Ms: percentile(floors, 0.9),
      queries: times.length,
    };
  });
}
