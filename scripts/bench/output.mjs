/** Sizes of a build's output: pages, the Pagefind index, and the code pages' HTML. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MB, median } from './stats.mjs';

/** The code whose page is reported on its own, so runs can be compared page for page. */
export const SAMPLE_CODE = 100014;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.isFile() ? [{ path: full, size: statSync(full).size }] : [];
  });
}

export function measureOutput(dist) {
  const files = walk(dist);
  const pagefindDir = join(dist, 'pagefind') + sep;
  const pagefind = files.filter((f) => f.path.startsWith(pagefindDir));
  const samplePath = join(dist, 'errors', String(SAMPLE_CODE), 'index.html');
  const sample = existsSync(samplePath) ? readFileSync(samplePath) : null;

  const codePages = readdirSync(join(dist, 'errors'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d+$/.test(entry.name))
    .map((entry) => join(dist, 'errors', entry.name, 'index.html'))
    .filter((file) => existsSync(file))
    .map((file) => {
      const body = readFileSync(file);
      return { raw: body.length, gz: gzipSync(body).length };
    });
  return {
    htmlPages: files.filter((f) => f.path.endsWith('.html')).length,
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
