/**
 * The Markdown and text editions reach a browser as UTF-8. The server here
 * (scripts/serve.ts) is a plain static host: it sends text/markdown and
 * text/plain with no charset, as nginx, S3 or GitHub Pages do, and adds only
 * what the build's _headers file declares. So the charset seen here is the
 * one Netlify and Cloudflare Pages send, from the same file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve';
import { builtSite, distDir, distFiles } from '../support/dist';

// Spelled out, not imported from the build's rules.
const EXPECTED = { '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };
const editionsOf = (files: string[]) => files.filter((f) => /\.(md|txt)$/.test(f) && !f.startsWith('/pagefind/'));
const expectedType = (file: string) => EXPECTED[file.endsWith('.md') ? '.md' : '.txt'];

/** The Content-Type the server sends for each file, fetched all at once. */
async function contentTypes(server: StaticServer, base: string, files: string[]) {
  const responses = await Promise.all(files.map((f) => fetch(`${server.origin}${base}${f.slice(1)}`)));
  return Object.fromEntries(files.map((f, i) => [f, `${responses[i].status} ${responses[i].headers.get('content-type')}`]));
}

describe('the Markdown and text editions', () => {
  const servers: StaticServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));
  const serve = async (dir: string, base = '/', hostHeaders = true) => {
    const server = await serveStatic({ dir, base, hostHeaders });
    servers.push(server);
    return server;
  };

  const editions = editionsOf(distFiles);
  beforeAll(() => {
    // Every kind of edition is there: code pages, guides, llms.txt and its full version.
    for (const kind of [/^\/errors\/\d+\.md$/, /^\/guides\/[^/]+\.md$/, /^\/llms\.txt$/, /^\/llms-full\.txt$/])
      expect(editions.some((f) => kind.test(f)), String(kind)).toBe(true);
  });

  it('come with no charset from a host that ignores _headers', async () => {
    const types = await contentTypes(await serve(distDir, '/', false), '/', editions);
    expect(Object.values(types).filter((t) => /charset/i.test(t))).toEqual([]);
  });

  it('are served as UTF-8 with the headers the build declares', async () => {
    const types = await contentTypes(await serve(distDir), '/', editions);
    expect(types).toEqual(Object.fromEntries(editions.map((f) => [f, `200 ${expectedType(f)}`])));
  });

  it('are served as UTF-8 under a sub-path too', async () => {
    const subpath = builtSite('dist-subpath', 'npm run build:subpath');
    const subpathEditions = editionsOf(subpath.files);
    const types = await contentTypes(await serve(subpath.dir, '/wps-errors/'), '/wps-errors/', subpathEditions);
    expect(types).toEqual(Object.fromEntries(subpathEditions.map((f) => [f, `200 ${expectedType(f)}`])));
  });
});
