/**
 * Code pages as a plain HTTP client and a reader without JavaScript get them:
 * every official code answers 200 with its message, and the static HTML holds
 * the whole page, with the buttons that need JavaScript hidden.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, readDist } from '../support/dist';
import { official } from '../support/official-list';
import { serveStatic, type StaticServer } from '../../scripts/serve';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

describe('over HTTP', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic({ dir: distDir });
  });
  afterAll(() => server.close());

  it('every official code has a page with its message and a title naming it', async () => {
    // All at once: one request after another spends most of its time waiting.
    const pages = await Promise.all(
      official.codes.map(async ({ code }) => {
        const response = await fetch(`${server.origin}/errors/${code}/`);
        return { status: response.status, html: await response.text() };
      }),
    );
    official.codes.forEach(({ code, message }, i) => {
      const { status, html } = pages[i];
      expect(status, `/errors/${code}/`).toBe(200);
      expect(html).toContain(`<title>${code} `);
      expect(html, `message of ${code}`).toContain(escapeHtml(message));
    });
  });

  it('an undocumented code answers 404', async () => {
    expect((await fetch(`${server.origin}/errors/100040/`)).status).toBe(404);
  });
});

describe('without JavaScript', () => {
  it('a code page is fully readable', () => {
    const html = readDist('/errors/100014/index.html');
    expect(html).toMatch(/<h1\b[^>]*>[^]*?100014[^]*?<\/h1>/);
    for (const id of ['meaning', 'causes', 'fix', 'example', 'related']) expect(html).toContain(` id="${id}"`);
    expect(html).toMatch(/id="action"[^]*?刷新令牌后重试/);
    // Buttons that need JavaScript are not offered: their toolbar starts hidden.
    expect(html).toMatch(/<div class="toolbar" data-copy-tools\b[^>]*\shidden>[^]*?复制链接/);
  });

  it('the home page lists every code once', () => {
    const listed = [...readDist('/index.html').matchAll(/class="code-cell"[^>]*>[^]*?<a\b[^>]*>(\d+)</g)].map((m) => Number(m[1]));
    expect(listed.sort((a, b) => a - b)).toEqual(official.codes.map((c) => c.code).sort((a, b) => a - b));
  });
});
