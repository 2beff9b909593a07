/**
 * Serves a built site the way a plain static host does, then applies the
 * site's `_headers` file the way Netlify and Cloudflare Pages do:
 *
 * - a Content-Type from the file's extension, with no charset for .md and
 *   .txt (what nginx, S3 or a bare file server send unless told otherwise);
 * - directory indexes, a 301 from /dir to /dir/, and 404.html with status
 *   404 for anything missing;
 * - every header `_headers` declares for the request's path (it may replace
 *   the Content-Type); `_headers` itself is not served, as on those hosts.
 *
 * So what a reader gets from `npm start`, and what the tests read, is what
 * the build declares, not what this server adds. With a base path, the site
 * lives under it. Used by `npm start`, the checks on the build, the browser
 * tests and the benchmark.
 *
 *   node scripts/serve.ts [dir] [port] [base]
 *
 * dir defaults to dist, base to BASE_PATH (or /). Without a port it serves on
 * 4321, or on a free port when 4321 is taken (and says so); with a port it
 * serves there or fails.
 */
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBasePath } from '../src/lib/site/deploy-config.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/site/headers-file.ts';

/** The port `npm start` prefers: the origin of a local build's URLs (LOCAL_SITE_URL). */
export const DEFAULT_PORT = 4321;

/** What a host without configuration derives from the extension: no charset for Markdown and text. */
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
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.webmanifest': 'application/manifest+json',
};

/** The file hosts read their header rules from; never served. */
const HEADERS_FILE = '_headers';

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
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  dir: string;
  /** 0 (the default) lets the system choose a free port. */
  port?: number;
  base?: string;
  /** false serves the files as a host that ignores `_headers` (default true). */
  hostHeaders?: boolean;
  onServed?: (served: Served) => void;
}

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** The rules of `<dir>/_headers`, or none when the build has no such file. */
function readHostRules(root: string): HeaderRule[] {
  const path = join(root, HEADERS_FILE);
  return existsSync(path) ? parseHeadersFile(readFileSync(path, 'utf8'), relative(process.cwd(), path)) : [];
}

export async function serveStatic({
  dir,
  port = 0,
  base = '/',
  hostHeaders = true,
  onServed,
}: ServeOptions): Promise<StaticServer> {
  const root = resolve(dir);
  const prefix = base.replace(/\/*$/, '/');
  // Read once, at start: a mistake in the file stops the server with its line.
  const rules = hostHeaders ? readHostRules(root) : [];
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
        // Matched against the path as requested, as the hosts do.
        ...headersFor(rules, url.pathname),
      });
      response.end(body);
      onServed?.({ pathname, status, bytes: body.length });
    };
    const notFound = () => send(404, join(root, '404.html'));

    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
    const relativePath = normalize(pathname.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
    const path = join(root, relativePath);
    if (path === join(root, HEADERS_FILE)) return notFound();
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
      const { port: bound } = server.address() as AddressInfo;
      resolveServer({
        server,
        origin: `http://127.0.0.1:${bound}`,
        port: bound,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** Serves on `DEFAULT_PORT`, or on a free port when another program holds it. */
async function serveOnPreferredPort(options: Omit<ServeOptions, 'port'>): Promise<StaticServer> {
  try {
    return await serveStatic({ ...options, port: DEFAULT_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const server = await serveStatic({ ...options, port: 0 });
    console.log(`port ${DEFAULT_PORT} is taken; serving on port ${server.port} instead.`);
    return server;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port, baseArg] = process.argv.slice(2);
  try {
    const base = readBasePath(baseArg ?? process.env.BASE_PATH);
    if (!existsSync(join(dir, 'index.html')))
      throw new Error(`${dir}/index.html is missing: build the site first (npm run build).`);
    const { port: bound } =
      port === undefined
        ? await serveOnPreferredPort({ dir, base })
        : await serveStatic({ dir, port: Number(port), base });
    // The last line printed: the address to open.
    console.log(`serving ${dir}/ at http://localhost:${bound}${base}`);
  } catch (error) {
    console.error(`scripts/serve.ts: ${(error as Error).message}`);
    process.exit(1);
  }
}
