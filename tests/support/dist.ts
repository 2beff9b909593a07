/** Reads a built site (dist/, or dist-subpath/) for the checks on the build output. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface BuiltSite {
  dir: string;
  /** Every file of the build, as site paths ("/errors/100014/index.html"), without the base path. */
  files: string[];
  /** HTML pages, without Pagefind's own files. */
  htmlPages: string[];
  read: (sitePath: string) => string;
  readBytes: (sitePath: string) => Buffer;
  /** The file a site URL path (without the base path) is served from, or undefined. */
  fileForUrl: (pathname: string) => string | undefined;
}

export function builtSite(name: 'dist' | 'dist-subpath', buildCommand: string): BuiltSite {
  const dir = fileURLToPath(new URL(`../../${name}/`, import.meta.url));
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${name}/ is missing: run \`${buildCommand}\` first`);
  const files = walk(dir).map((path) => `/${relative(dir, path).split('\\').join('/')}`);
  const fileSet = new Set(files);
  return {
    dir,
    files,
    htmlPages: files.filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/')),
    read: (sitePath) => readFileSync(join(dir, sitePath), 'utf8'),
    readBytes: (sitePath) => readFileSync(join(dir, sitePath)),
    fileForUrl: (pathname) => {
      const clean = decodeURIComponent(pathname);
      return [clean, `${clean.replace(/\/?$/, '/')}index.html`].find((candidate) => fileSet.has(candidate));
    },
  };
}

const dist = builtSite('dist', 'npm run build');
export const distDir = dist.dir;
export const distFiles = dist.files;
export const htmlPages = dist.htmlPages;
export const readDist = dist.read;
export const readDistBytes = dist.readBytes;
export const fileForUrl = dist.fileForUrl;

/** The page URL of an HTML file: /errors/100014/index.html → /errors/100014/. */
export const urlOfPage = (file: string) => file.replace(/index\.html$/, '');

export const attributeValues = (html: string, tag: string, attribute: string): string[] =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, 'g'))].map((m) =>
    m[1].replaceAll('&amp;', '&'),
  );

export const idsIn = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** A script and everything it imports statically (import … from "./x.js"), but not import("./x.js"). */
export function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readDist(file);
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    staticClosure(new URL(match[1], `http://site${dir}`).pathname, seen);
  }
  return seen;
}
