/** Reads the built site in dist/ for the checks on the build output. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

if (!existsSync(join(distDir, 'index.html')))
  throw new Error('dist/ is missing: run `npm run build` before `npm run test:dist`');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file of the build, as site paths ("/errors/100014/index.html"). */
export const distFiles = walk(distDir).map((path) => `/${relative(distDir, path).split('\\').join('/')}`);

/** HTML pages, without Pagefind's own files. */
export const htmlPages = distFiles.filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'));

export const readDist = (sitePath: string): string => readFileSync(join(distDir, sitePath), 'utf8');
export const readDistBytes = (sitePath: string): Buffer => readFileSync(join(distDir, sitePath));

/** The file a site URL path is served from, or undefined. */
export function fileForUrl(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  for (const candidate of [clean, `${clean.replace(/\/?$/, '/')}index.html`]) {
    if (distFiles.includes(candidate)) return candidate;
  }
  return undefined;
}

/** The page URL of an HTML file: /errors/100014/index.html → /errors/100014/. */
export const urlOfPage = (file: string) => file.replace(/index\.html$/, '');

export const attributeValues = (html: string, tag: string, attribute: string): string[] =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, 'g'))].map((m) =>
    m[1].replaceAll('&amp;', '&'),
  );

export const idsIn = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
