#!/usr/bin/env node
/**
 * Build benchmark: how do build time, memory, output size and the first
 * search grow with the number of error codes?
 *
 *   npm run bench                          # N = 86, 2000, 10000; one run each
 *   npm run bench -- --sizes 86,500 --runs 3 --keep
 *
 * For every N the project is copied to a temporary folder under os.tmpdir()
 * (src/, public/, content/guides/, astro.config.mjs, package.json,
 * tsconfig.json; node_modules is linked, not copied) and content/errors/ is
 * filled with N codes: the 86 real files, plus synthetic codes cloned from a
 * real file of the same range (relations removed, the code appended to the
 * message). `astro build` then runs in the copy; nothing is written into the
 * repository.
 *
 * node_modules is linked entry by entry rather than as a whole: Astro keeps
 * its cache (node_modules/.astro/data-store.json) and Vite its deps cache in
 * <root>/node_modules, so one link to the repository's folder would make every
 * benchmark build read and overwrite the repository's caches.
 *
 * Options:
 *   --sizes 86,2000,10000   corpus sizes (each >= the number of real codes)
 *   --runs 1                cold builds per size (medians are reported)
 *   --query "access token过期"  query of the first-search measurement
 *   --search-runs 3         page loads per build for the first-search time (median)
 *   --no-search             skip the browser measurement
 *   --keep                  keep the temporary copies (their paths are printed)
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COPIED = ['src', 'public', 'content/guides', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Codes live in these ranges (0 is the success code and is never synthesized). */
const RANGES = [
  [100000, 109999],
  [110000, 119999],
  [120000, 129999],
  [130000, 139999],
];
const SAMPLE_CODE = 100014;
const TIME_BIN = '/usr/bin/time';
const MB = 1e6;

// ---------------------------------------------------------------- arguments

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  fail(`Node ${process.versions.node} is too old for Astro 7; run ". .ci/use-node.sh" first.`);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      sizes: { type: 'string', default: '86,2000,10000' },
      runs: { type: 'string', default: '1' },
      query: { type: 'string', default: 'access token过期' },
      'search-runs': { type: 'string', default: '3' },
      'no-search': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (args.help) {
  console.log(
    readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('*/')[0]
      .replace(/^#!.*\n\/\*\*\n/, '')
      .replace(/^ \* ?/gm, ''),
  );
  process.exit(0);
}
const sizes = args.sizes
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
  .map(Number);
if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1))
  fail(`--sizes must be a comma-separated list of positive integers, got "${args.sizes}"`);
sizes.sort((a, b) => a - b);
const searchRuns = Number(args['search-runs']);
if (!Number.isInteger(searchRuns) || searchRuns < 1)
  fail(`--search-runs must be a positive integer, got "${args['search-runs']}"`);
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got "${args.runs}"`);

// ------------------------------------------------------------------ helpers

const median = (values) => {
  const v = values.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const fmt = (value, digits = 1) => (value == null || Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
const int = (value) => (value == null ? 'n/a' : Math.round(value).toLocaleString('en-US'));
const ratio = (a, b) => (a == null || b == null || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

async function walk(dir) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push({ path: full, size: (await stat(full)).size });
  }
  return files;
}

// ---------------------------------------------------------- project copies

/** Links node_modules entry by entry, leaving out the caches (see the header). */
async function linkNodeModules(copy) {
  const source = path.join(REPO, 'node_modules');
  if (!existsSync(path.join(source, 'astro', 'bin', 'astro.mjs')))
    fail('node_modules/astro is missing: run npm install first.');
  const target = path.join(copy, 'node_modules');
  await mkdir(target);
  for (const name of await readdir(source)) {
    if (name.startsWith('.') && name !== '.bin') continue; // .astro, .vite, .cache, .package-lock.json
    await symlink(path.join(source, name), path.join(target, name));
  }
}

function rangeOf(code) {
  return RANGES.findIndex(([lo, hi]) => code >= lo && code <= hi);
}

/** A valid error file for `code`, cloned from a real file of the same range. */
function cloneErrorFile(source, code) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(source);
  if (!match) throw new Error('template has no front matter');
  const lines = match[1].split(/\r?\n/);
  const kept = [];
  let dropping = false;
  for (const line of lines) {
    if (/^(sameMeaning|related):/.test(line)) {
      dropping = true; // also drops a block list written on the following lines
      continue;
    }
    if (dropping && /^(\s|-)/.test(line)) continue;
    dropping = false;
    kept.push(line);
  }
  let front = kept.join('\n');
  let changed = 0;
  front = front.replace(/^(message|messageEn): "(.*)"[ \t]*$/gm, (_all, field, text) => {
    changed++;
    return `${field}: "${text}（合成 ${code}）"`;
  });
  if (changed < 2) throw new Error('template message/messageEn is not a one-line double-quoted string');
  return `---\n${front}\n---\n${source.slice(match[0].length)}`;
}

/** Copies the project and writes a corpus of n codes into content/errors/. */
async function prepareCopy(n, copies) {
  const copy = await mkdtemp(path.join(os.tmpdir(), `wps-bench-${n}-`));
  copies.push(copy); // cleaned up even if preparing it fails
  for (const item of COPIED) {
    await cp(path.join(REPO, item), path.join(copy, item), { recursive: true });
  }
  await linkNodeModules(copy);

  const realDir = path.join(REPO, 'content', 'errors');
  const errorsDir = path.join(copy, 'content', 'errors');
  await cp(realDir, errorsDir, { recursive: true });

  const realFiles = (await readdir(realDir)).filter((f) => /^\d+\.md$/.test(f));
  const existing = new Set(realFiles.map((f) => Number(f.slice(0, -3))));
  if (n < existing.size)
    throw new Error(`N=${n} is smaller than the ${existing.size} real codes; the smallest corpus is the real one`);

  const templates = RANGES.map(() => []);
  for (const code of [...existing].sort((a, b) => a - b)) {
    const r = rangeOf(code);
    if (r >= 0) templates[r].push({ code, source: await readFile(path.join(realDir, `${code}.md`), 'utf8') });
  }
  if (templates.some((t) => !t.length)) throw new Error('every range needs at least one real file to clone');

  const next = RANGES.map(([lo]) => lo);
  const made = RANGES.map(() => 0);
  const synthetic = n - existing.size;
  for (let i = 0; i < synthetic; i++) {
    const r = i % RANGES.length;
    while (existing.has(next[r])) next[r]++;
    const code = next[r]++;
    if (code > RANGES[r][1]) throw new Error(`range ${RANGES[r].join('–')} is full`);
    existing.add(code);
    const template = templates[r][made[r]++ % templates[r].length];
    await writeFile(path.join(errorsDir, `${code}.md`), cloneErrorFile(template.source, code));
  }
  return { copy, synthetic };
}

// ------------------------------------------------------------------- build

/** Sum and max of VmRSS over `root` and its descendants, read from /proc. */
function treeRss(root) {
  const children = new Map();
  let pids;
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // the process ended meanwhile
    }
  }
  let sum = 0;
  let max = 0;
  const byName = {};
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
      sum += kb;
      max = Math.max(max, kb);
      byName[name] = (byName[name] ?? 0) + kb;
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { sumKb: sum, maxKb: max, byName };
}

/** Lines of the Astro log that start each phase, in order. */
const PHASES = [
  { id: 'startup', label: 'start-up, config, sync setup', start: null },
  { id: 'content', label: 'content loaders + types', start: /\[content\] Syncing content/ },
  { id: 'bundle', label: 'vite bundle', start: /\[build\] Building static entrypoints/ },
  { id: 'render', label: 'render pages', start: /generating static routes/ },
  { id: 'sitemap', label: 'sitemap', start: /^\S*\s*✓ Completed in .*$/, after: 'render' },
  { id: 'pagefind', label: 'pagefind index', start: /\[@astrojs\/sitemap\]/ },
  { id: 'finish', label: 'other hooks + exit', start: /\[pagefind-index\]/ },
];

function phaseTimes(lines, totalMs) {
  const startLine = { startup: -1 };
  const starts = { startup: 0 };
  for (const phase of PHASES.slice(1)) {
    const from = phase.after ? startLine[phase.after] : -1;
    if (from == null) continue;
    const index = lines.findIndex((l, i) => i > from && phase.start.test(l.text));
    if (index >= 0) {
      startLine[phase.id] = index;
      starts[phase.id] = lines[index].t;
    }
  }
  const result = {};
  for (let i = 0; i < PHASES.length; i++) {
    const { id } = PHASES[i];
    if (starts[id] == null) continue;
    const end =
      PHASES.slice(i + 1)
        .map((p) => starts[p.id])
        .find((t) => t != null) ?? totalMs;
    result[id] = end - starts[id];
  }
  return result;
}

function runBuild(copy) {
  return new Promise((resolve, reject) => {
    const astroBin = path.join(copy, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const timeFile = path.join(copy, '.bench-time.txt');
    const useTime = existsSync(TIME_BIN);
    const [command, argv] = useTime
      ? [TIME_BIN, ['-v', '-o', timeFile, process.execPath, astroBin, 'build']]
      : [process.execPath, [astroBin, 'build']];
    const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.BASE_PATH; // the search measurement opens /search/ at the root
    delete env.SITE_URL;

    const t0 = performance.now();
    const child = spawn(command, argv, { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    const stderr = [];
    const collect = (stream, sink) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const t = performance.now() - t0;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop();
        for (const part of parts) sink.push({ t, text: stripAnsi(part) });
      });
      stream.on('end', () => rest && sink.push({ t: performance.now() - t0, text: stripAnsi(rest) }));
    };
    collect(child.stdout, lines);
    collect(child.stderr, stderr);

    let peakTreeKb = 0;
    let peakProcKb = 0;
    const peakByName = {};
    const poll = () => {
      const rss = treeRss(child.pid);
      if (rss) {
        peakTreeKb = Math.max(peakTreeKb, rss.sumKb);
        peakProcKb = Math.max(peakProcKb, rss.maxKb);
        for (const [name, kb] of Object.entries(rss.byName)) peakByName[name] = Math.max(peakByName[name] ?? 0, kb);
      }
    };
    const timer = setInterval(poll, 100);
    poll();

    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', async (code, signal) => {
      clearInterval(timer);
      const wallMs = performance.now() - t0;
      await writeFile(
        path.join(copy, 'bench-build.log'),
        [...lines, ...stderr].map((l) => `${(l.t / 1000).toFixed(3)} ${l.text}`).join('\n'),
      );
      let timeReport = '';
      if (useTime) timeReport = await readFile(timeFile, 'utf8').catch(() => '');
      if (code !== 0) {
        const tail = (stderr.length ? stderr : lines)
          .slice(-40)
          .map((l) => `    ${l.text}`)
          .join('\n');
        const note = timeReport.match(/Command (exited|terminated).*$/m)?.[0];
        reject(
          new Error(
            `astro build failed in ${copy} (${signal ? `signal ${signal}` : `exit code ${code}`}${note ? `; ${note}` : ''}). Last lines of its ${stderr.length ? 'stderr' : 'output'}:\n${tail}\n(Rerun with --keep to inspect the copy and its bench-build.log.)`,
          ),
        );
        return;
      }
      const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport)?.[1]) || null;
      const pagefindLine = lines.find((l) => /\[pagefind-index\]/.test(l.text))?.text ?? '';
      resolve({
        wallMs,
        peakMaxProcMb: maxRssKb ? (maxRssKb * 1024) / MB : (peakProcKb * 1024) / MB,
        peakSource: maxRssKb ? 'time -v' : '/proc poll',
        peakTreeMb: peakTreeKb ? (peakTreeKb * 1024) / MB : null,
        peakByName: Object.fromEntries(
          Object.entries(peakByName)
            .filter(([name]) => name !== 'time')
            .map(([name, kb]) => [name, (kb * 1024) / MB]),
        ),
        phases: phaseTimes(lines, wallMs),
        indexedPages: Number(/zh-cn \((\d+) pages\)/.exec(pagefindLine)?.[1]) || null,
      });
    });
  });
}

// ---------------------------------------------------------------- outputs

async function measureOutput(dist) {
  const files = await walk(dist);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const pagefindDir = path.join(dist, 'pagefind') + path.sep;
  const pagefind = files.filter((f) => f.path.startsWith(pagefindDir));

  const samplePath = path.join(dist, 'errors', String(SAMPLE_CODE), 'index.html');
  const sample = existsSync(samplePath) ? await readFile(samplePath) : null;

  const codePages = [];
  for (const entry of await readdir(path.join(dist, 'errors'), { withFileTypes: true })) {
    if (!entry.isDirectory() || !/^\d+$/.test(entry.name)) continue;
    const file = path.join(dist, 'errors', entry.name, 'index.html');
    if (!existsSync(file)) continue;
    const body = await readFile(file);
    codePages.push({ raw: body.length, gz: gzipSync(body).length });
  }
  return {
    htmlPages: html.length,
    distMb: files.reduce((s, f) => s + f.size, 0) / MB,
    pagefindMb: pagefind.reduce((s, f) => s + f.size, 0) / MB,
    pagefindFiles: pagefind.length,
    sampleRaw: sample?.length ?? null,
    sampleGz: sample ? gzipSync(sample).length : null,
    codePages: codePages.length,
    medianRaw: median(codePages.map((p) => p.raw)),
    medianGz: median(codePages.map((p) => p.gz)),
  };
}

// ------------------------------------------------------- first search

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** A static server for dist/ that logs every response's path and body size. */
function serve(dist) {
  const log = [];
  const server = createServer(async (req, res) => {
    try {
      let pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = path.join(dist, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
      if (!file.startsWith(dist)) throw new Error('outside dist');
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      let status = 200;
      if (!info) {
        status = 404;
        file = path.join(dist, '404.html');
      }
      const body = await readFile(file).catch(() => Buffer.from('not found'));
      res.writeHead(status, {
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(body);
      log.push({ pathname, status, bytes: body.length, t: performance.now() });
    } catch {
      res.writeHead(400).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, log, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

let browserPromise;
async function browser() {
  browserPromise ??= (async () => {
    const { chromium } = await import('@playwright/test');
    const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
    const instance = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
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

async function measureSearch(dist, query) {
  const { server, log, origin } = await serve(dist);
  const context = await (await browser()).newContext(); // a fresh, empty HTTP cache
  try {
    const page = await context.newPage();
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
    const firstResultMs = await page.evaluate(() => window.__firstResultAt);
    const results = await page.locator('[data-search-page-results] li').count();
    const firstHref = await page.locator('[data-search-page-results] li a').first().getAttribute('href');

    const byKind = {};
    for (const r of seen.filter((r) => r.pathname.startsWith('/pagefind/'))) {
      byKind[kindOf(r.pathname)] ??= { files: 0, bytes: 0 };
      byKind[kindOf(r.pathname)].files++;
      byKind[kindOf(r.pathname)].bytes += r.bytes;
    }
    const sum = (kinds) => kinds.reduce((s, k) => s + (byKind[k]?.bytes ?? 0), 0);
    const count = (kinds) => kinds.reduce((s, k) => s + (byKind[k]?.files ?? 0), 0);
    const core = ['js', 'worker', 'entry', 'wasm', 'meta', 'index', 'filter', 'other'];
    return {
      firstResultMs,
      wallMs,
      results,
      firstHref,
      coreBytes: sum(core),
      coreFiles: count(core),
      fragmentBytes: sum(['fragment']),
      fragmentFiles: count(['fragment']),
      byKind,
      lookupBytes: seen.filter((r) => r.pathname.endsWith('/lookup.json')).reduce((s, r) => s + r.bytes, 0),
      failed: seen.filter((r) => r.status >= 400).map((r) => r.pathname),
    };
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

// -------------------------------------------------------------------- main

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

function report(rows, query, searchEnabled) {
  const base = rows[0];
  const out = [];
  out.push(`# WPS error-code site: build benchmark`, '');
  out.push(`Machine: ${machine()}  `);
  out.push(
    `Date: ${new Date().toISOString()}; runs per size: ${runs} (medians); MB = 10^6 bytes; cold builds (no .astro or Vite cache).`,
    '',
  );

  out.push('## Results', '');
  out.push(
    '| N codes | build (s) | peak RSS, largest process (MB) | peak RSS, process tree (MB) | HTML pages | indexed pages | pagefind (MB) | pagefind files | 100014 HTML raw / gzip (B) | median code page raw / gzip (B) | first search: pagefind bytes (core + fragments) | requests | first result (ms) |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const s = r.search;
    out.push(
      `| ${int(r.n)} | ${fmt(r.buildS, 2)} | ${fmt(r.peakMb, 0)} | ${fmt(r.treeMb, 0)} | ${int(r.out.htmlPages)} | ${int(r.indexedPages)} | ${fmt(r.out.pagefindMb, 2)} | ${int(r.out.pagefindFiles)} | ${int(r.out.sampleRaw)} / ${int(r.out.sampleGz)} | ${int(r.out.medianRaw)} / ${int(r.out.medianGz)} | ${s ? `${int(s.coreBytes)} + ${int(s.fragmentBytes)} = ${int(s.coreBytes + s.fragmentBytes)}` : 'n/a'} | ${s ? `${s.coreFiles} + ${s.fragmentFiles}` : 'n/a'} | ${s ? fmt(s.firstResultMs, 0) : 'n/a'} |`,
    );
  }
  out.push('');
  out.push(
    `Peak RSS, largest process: ${rows[0].peakSource} ("Maximum resident set size" is the largest single process, not the sum). Process tree: sum of VmRSS over the build and its children (e.g. the Pagefind binary), polled from /proc every 100 ms.`,
  );
  out.push(
    `First search: /search/?q=${query} in a cold Chromium profile over a local HTTP server without compression; "core" = pagefind.js, pagefind-worker.js, pagefind-entry.json, the wasm, the pf_meta and the index chunks fetched; "fragments" = the result fragments the page loads before it shows results (up to 20). First result = navigation start → first <li> in [data-search-page-results], median of ${searchRuns} page loads, each in a fresh browser context.`,
    '',
  );

  out.push(`## Growth vs N = ${int(base.n)}`, '');
  out.push(
    '| N codes | N ratio | build time ratio | build ms per code | ms per code ratio | peak RSS ratio | pagefind size ratio | 100014 page size ratio | median page size ratio | search bytes ratio | first result time ratio |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const perCode = (r.buildS * 1000) / r.n;
    const basePerCode = (base.buildS * 1000) / base.n;
    const sb = (x) => (x.search ? x.search.coreBytes + x.search.fragmentBytes : null);
    out.push(
      `| ${int(r.n)} | ${ratio(r.n, base.n)} | ${ratio(r.buildS, base.buildS)} | ${fmt(perCode, 2)} | ${ratio(perCode, basePerCode)} | ${ratio(r.peakMb, base.peakMb)} | ${ratio(r.out.pagefindMb, base.out.pagefindMb)} | ${ratio(r.out.sampleRaw, base.out.sampleRaw)} | ${ratio(r.out.medianRaw, base.out.medianRaw)} | ${ratio(sb(r), sb(base))} | ${ratio(r.search?.firstResultMs, base.search?.firstResultMs)} |`,
    );
  }
  out.push('');
  const sampleSizes = rows.map((r) => r.out.sampleRaw);
  const spread = Math.max(...sampleSizes) - Math.min(...sampleSizes);
  out.push(
    `Page ${SAMPLE_CODE} HTML: ${sampleSizes.map(int).join(' → ')} bytes (${spread === 0 ? 'constant' : `changes by ${int(spread)} bytes, ${fmt((spread / Math.min(...sampleSizes)) * 100, 2)}%`}).`,
    '',
  );

  out.push('## Build phases (s, from the time each Astro log line arrived)', '');
  out.push(`| N codes | ${PHASES.map((p) => p.label).join(' | ')} | render ms per page |`);
  out.push(`| ---: | ${PHASES.map(() => '---:').join(' | ')} | ---: |`);
  for (const r of rows) {
    out.push(
      `| ${int(r.n)} | ${PHASES.map((p) => fmt(r.phases[p.id] == null ? null : r.phases[p.id] / 1000, 2)).join(' | ')} | ${fmt(r.phases.render == null ? null : r.phases.render / r.out.htmlPages, 2)} |`,
    );
  }
  out.push('');
  out.push(
    `Peak RSS by process name (MB, /proc poll): ${rows
      .map(
        (r) =>
          `N = ${int(r.n)}: ${Object.entries(r.peakByName)
            .sort((a, b) => b[1] - a[1])
            .map(([name, mb]) => `${name} ${mb.toFixed(0)}`)
            .join(', ')}`,
      )
      .join('; ')}.`,
    '',
  );
  if (rows.length > 1) {
    const last = rows[rows.length - 1];
    const grow = PHASES.filter((p) => base.phases[p.id] > 50 && last.phases[p.id] != null)
      .map((p) => ({ label: p.label, factor: last.phases[p.id] / base.phases[p.id] }))
      .sort((a, b) => b.factor - a.factor);
    const n = last.n / base.n;
    out.push(
      `From N = ${int(base.n)} to ${int(last.n)} (${n.toFixed(1)}× codes): ${grow.map((g) => `${g.label} ${g.factor.toFixed(1)}×`).join(', ')}.`,
    );
    const superlinear = grow.filter((g) => g.factor > n * 1.2);
    out.push(
      superlinear.length
        ? `Faster than linear: ${superlinear.map((g) => g.label).join(', ')}.`
        : 'No phase grows faster than the number of codes (fixed start-up costs dominate small N).',
      '',
    );
  }

  if (searchEnabled) {
    out.push('## First search, by file kind (files / bytes)', '');
    const kinds = ['js', 'worker', 'entry', 'wasm', 'meta', 'index', 'fragment', 'filter', 'other'];
    out.push(
      `| N codes | ${kinds.join(' | ')} | lookup.json (B) | results | first result | wall to first result (ms) |`,
    );
    out.push(`| ---: | ${kinds.map(() => '---:').join(' | ')} | ---: | ---: | --- | ---: |`);
    for (const r of rows) {
      const s = r.search;
      if (!s) {
        out.push(`| ${int(r.n)} | ${kinds.map(() => 'n/a').join(' | ')} | n/a | n/a | n/a | n/a |`);
        continue;
      }
      out.push(
        `| ${int(r.n)} | ${kinds.map((k) => (s.byKind[k] ? `${s.byKind[k].files} / ${int(s.byKind[k].bytes)}` : '–')).join(' | ')} | ${int(s.lookupBytes)} | ${s.results} | ${s.firstHref} | ${fmt(s.wallMs, 0)} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

const copies = [];
let exitCode = 0;
const rows = [];
const searchEnabled = !args['no-search'];
let searchWarned = false;

try {
  const realCodes = readdirSync(path.join(REPO, 'content', 'errors')).filter((f) => /^\d+\.md$/.test(f)).length;
  if (sizes[0] < realCodes)
    throw new Error(`N=${sizes[0]} is smaller than the ${realCodes} real codes; the smallest corpus is the real one`);
  console.error(`bench: sizes ${sizes.join(', ')}; ${runs} run(s) each; ${machine()}`);
  for (const n of sizes) {
    const { copy, synthetic } = await prepareCopy(n, copies);
    console.error(`bench: N=${n}: ${synthetic} synthetic codes; copy at ${copy}`);
    const perRun = [];
    for (let run = 1; run <= runs; run++) {
      for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
        await rm(path.join(copy, cache), { recursive: true, force: true });
      }
      const build = await runBuild(copy);
      const out = await measureOutput(path.join(copy, 'dist'));
      let search = null;
      if (searchEnabled) {
        try {
          const samples = [];
          for (let i = 0; i < searchRuns; i++) samples.push(await measureSearch(path.join(copy, 'dist'), args.query));
          search = {
            ...samples[0],
            firstResultMs: median(samples.map((s) => s.firstResultMs)),
            wallMs: median(samples.map((s) => s.wallMs)),
          };
          if (search.failed.length)
            console.error(`bench: N=${n}: requests failed during the search: ${search.failed.join(', ')}`);
        } catch (error) {
          if (!searchWarned)
            console.error(`bench: first-search measurement unavailable: ${error.message.split('\n')[0]}`);
          searchWarned = true;
        }
      }
      console.error(
        `bench: N=${n} run ${run}/${runs}: build ${(build.wallMs / 1000).toFixed(2)} s, peak ${build.peakMaxProcMb.toFixed(0)} MB (tree ${build.peakTreeMb?.toFixed(0) ?? 'n/a'} MB), ${out.htmlPages} HTML pages` +
          (search
            ? `, first search ${search.coreBytes + search.fragmentBytes} B in ${search.firstResultMs?.toFixed(0)} ms`
            : ''),
      );
      perRun.push({ build, out, search });
    }
    const mid = (f) => median(perRun.map(f));
    const searches = perRun.map((r) => r.search).filter(Boolean);
    const phases = {};
    for (const p of PHASES) phases[p.id] = mid((r) => r.build.phases[p.id]);
    rows.push({
      n,
      buildS: mid((r) => r.build.wallMs) / 1000,
      peakMb: mid((r) => r.build.peakMaxProcMb),
      peakSource: perRun[0].build.peakSource,
      peakByName: perRun[perRun.length - 1].build.peakByName,
      treeMb: mid((r) => r.build.peakTreeMb),
      indexedPages: perRun[0].build.indexedPages,
      out: perRun[perRun.length - 1].out,
      phases,
      search: searches.length
        ? {
            ...searches[searches.length - 1],
            firstResultMs: median(searches.map((s) => s.firstResultMs)),
            wallMs: median(searches.map((s) => s.wallMs)),
          }
        : null,
    });
    if (!args.keep) {
      await rm(copy, { recursive: true, force: true });
      copies.splice(copies.indexOf(copy), 1);
    }
  }

  const markdown = report(rows, args.query, searchEnabled);
  console.log(markdown);
  const file = path.join(os.tmpdir(), 'bench-results.md');
  await writeFile(file, `${markdown}\n`);
  console.log(`Results written to ${file}`);
} catch (error) {
  console.error(`bench: ${error.message}`);
  exitCode = 1;
} finally {
  if (browserPromise) await (await browserPromise.catch(() => null))?.close().catch(() => undefined);
  if (args.keep) {
    for (const copy of copies) console.error(`bench: kept ${copy}`);
  } else {
    for (const copy of copies) await rm(copy, { recursive: true, force: true });
  }
}
process.exit(exitCode);
