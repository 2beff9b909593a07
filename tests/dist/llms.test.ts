/** /llms.txt follows the llmstxt.org format and lists every code page and guide of the sitemap. */
import { describe, expect, it } from 'vitest';
import { official } from '../support/corpus';
import { fileForUrl, readDist } from '../support/dist';

const llms = readDist('/llms.txt');
const lines = llms.split('\n');
const sitemapPages = [...readDist('/sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const LINK_ITEM = /^- \[([^\]]+)\]\((https?:\/\/[^)\s]+)\)(?:: (.+))?$/;

describe('/llms.txt', () => {
  it('has the llmstxt.org shape: an H1, a blockquote summary, then H2 sections of links', () => {
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines.find((l, i) => i > 0 && l.trim())).toMatch(/^> \S/);
    const firstSection = lines.findIndex((l) => l.startsWith('## '));
    expect(firstSection).toBeGreaterThan(2);
    expect(lines.slice(1, firstSection).some((l) => /^#{1,6} /.test(l))).toBe(false);
    const body = lines.slice(firstSection).filter((l) => l.trim());
    const malformed = body.filter((l) => !l.startsWith('## ') && !LINK_ITEM.test(l));
    expect(malformed).toEqual([]);
  });

  it('lists the Markdown edition of every code page and guide in the sitemap, each once and existing', () => {
    const listed = lines.flatMap((l) => {
      const match = LINK_ITEM.exec(l);
      return match ? [new URL(match[2]).pathname] : [];
    });
    const expected = sitemapPages
      .filter((p) => /^\/(errors\/\d+|guides\/[a-z0-9-]+)\/$/.test(p))
      .map((p) => p.replace(/\/$/, '.md'));
    expect(expected.length).toBe(official.codes.length + 7);
    for (const url of expected) expect(listed).toContain(url);
    expect(listed.filter((url, i) => listed.indexOf(url) !== i)).toEqual([]);
    for (const url of listed) expect(fileForUrl(url), url).toBeDefined();
  });
});

describe('/llms-full.txt', () => {
  const full = readDist('/llms-full.txt');

  it('holds every code page, in code order, exactly as its own Markdown file', () => {
    const starts = official.codes.map(({ code }) => full.indexOf(`\n# ${code} `));
    expect(starts.every((s) => s > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const { code } of official.codes) expect(full).toContain(readDist(`/errors/${code}.md`));
  });
});
