/**
 * The local static server (scripts/serve.ts) behaves as a plain host plus
 * the site's `_headers`: it adds no charset of its own to Markdown and text,
 * so a charset the tests see comes from the headers file the build writes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/serve';

let dir: string;
const servers: StaticServer[] = [];
const serve = async (options: { base?: string; hostHeaders?: boolean } = {}) => {
  const server = await serveStatic({ dir, ...options });
  servers.push(server);
  return server;
};
const get = (server: StaticServer, path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(dir, 'errors/100014'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dir, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(dir, 'errors/100014/index.html'), '<h1>100014</h1>');
  writeFileSync(join(dir, 'errors/100014.md'), '# 100014 访问令牌过期');
  writeFileSync(join(dir, 'llms.txt'), '# 错误码');
  writeFileSync(
    join(dir, '_headers'),
    '/*\n  X-Frame-Options: DENY\n/*.md\n  Content-Type: text/markdown; charset=utf-8\n',
  );
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.ts', () => {
  it('without the headers file, sends Markdown and text with no charset, as a plain host does', async () => {
    const server = await serve({ hostHeaders: false });
    expect((await get(server, '/errors/100014.md')).headers.get('content-type')).toBe('text/markdown');
    expect((await get(server, '/llms.txt')).headers.get('content-type')).toBe('text/plain');
    expect((await get(server, '/')).headers.get('x-frame-options')).toBeNull();
  });

  it('sends every header the headers file declares for the path, and hides the file', async () => {
    const server = await serve();
    const markdown = await get(server, '/errors/100014.md');
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('x-frame-options')).toBe('DENY');
    expect(await markdown.text()).toBe('# 100014 访问令牌过期');
    // No rule for .txt in this file: the plain host's type stands.
    expect((await get(server, '/llms.txt')).headers.get('content-type')).toBe('text/plain');
    const hidden = await get(server, '/_headers');
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toBe('<h1>not found</h1>');
  });

  it('serves directory indexes, redirects a directory without its slash and answers 404.html for the rest', async () => {
    const server = await serve();
    expect(await (await get(server, '/errors/100014/')).text()).toBe('<h1>100014</h1>');
    const redirect = await get(server, '/errors/100014?x=1');
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/errors/100014/?x=1']);
    const missing = await get(server, '/errors/100040/');
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>not found</h1>']);
    expect(missing.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves the site under a base path, and nothing outside it', async () => {
    const server = await serve({ base: '/wps-errors/' });
    expect(await (await get(server, '/wps-errors/')).text()).toBe('<h1>home</h1>');
    expect((await get(server, '/wps-errors/errors/100014.md')).headers.get('content-type')).toBe(
      'text/markdown; charset=utf-8',
    );
    expect((await get(server, '/errors/100014.md')).status).toBe(404);
  });

  it('refuses to start on a headers file it cannot read, naming the line', async () => {
    writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options DENY\n');
    try {
      await expect(serveStatic({ dir })).rejects.toThrow(/_headers:2: "X-Frame-Options DENY" is not a header/);
    } finally {
      writeFileSync(
        join(dir, '_headers'),
        '/*\n  X-Frame-Options: DENY\n/*.md\n  Content-Type: text/markdown; charset=utf-8\n',
      );
    }
  });
});
