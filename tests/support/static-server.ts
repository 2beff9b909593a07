/**
 * Serves a built site the way a plain static host does: files and directory
 * indexes, a 301 from /dir to /dir/, and 404.html with status 404 for
 * anything missing. With a base path, the site lives under it. Used by the
 * end-to-end tests, the checks on the build and the benchmark.
 *
 *   node tests/support/static-server.ts <dir> <port> [base]
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** One answered request, for callers that count what a page fetched. */
export interface Served {
  pathname: string;
  status: number;
  bytes: number;
}

export interface StaticServer {
  server: Server;
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  dir: string;
  /** 0 (the default) lets the system choose a free port. */
  port?: number;
  base?: string;
  onServed?: (served: Served) => void;
}

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

export function serveStatic({ dir, port = 0, base = '/', onServed }: ServeOptions): Promise<StaticServer> {
  const root = resolve(dir);
  const prefix = base.replace(/\/*$/, '/');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const send = (status: number, path: string) => {
      const body = readFileSync(path);
      response.writeHead(status, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      response.end(body);
      onServed?.({ pathname, status, bytes: body.length });
    };
    const notFound = () => send(404, join(root, '404.html'));

    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
    const relative = normalize(pathname.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
    const path = join(root, relative);
    const stat = statOf(path);
    if (stat?.isFile()) return send(200, path);
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return response.end();
      }
      if (statOf(join(path, 'index.html'))?.isFile()) return send(200, join(path, 'index.html'));
    }
    notFound();
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolveServer({ server, origin, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '0', base = '/'] = process.argv.slice(2);
  const { origin } = await serveStatic({ dir, port: Number(port), base });
  console.log(`serving ${dir} at ${origin}${base}`);
}
