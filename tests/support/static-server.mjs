/**
 * Serves a built site the way a plain static host does: files and directory
 * indexes, a 301 from /dir to /dir/, and 404.html with status 404 for
 * anything missing. With a base path, the site lives under it.
 *
 *   node tests/support/static-server.mjs <dir> <port> [base]
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', port = '4400', base = '/'] = process.argv.slice(2);
const prefix = base.replace(/\/*$/, '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

const fileAt = (path) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = url.pathname;
  }
  const send = (status, path) => {
    response.writeHead(status, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  };
  const notFound = () => send(404, join(dir, '404.html'));

  if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
  const relative = normalize(pathname.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
  const path = join(dir, relative);
  const stat = fileAt(path);
  if (stat?.isFile()) return send(200, path);
  if (stat?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return response.end();
    }
    if (fileAt(join(path, 'index.html'))?.isFile()) return send(200, join(path, 'index.html'));
  }
  notFound();
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${prefix}`));
