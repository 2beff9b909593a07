/**
 * The feed of changes: /changes.xml is well-formed Atom with the elements RFC
 * 4287 requires, lists every `changes` entry of the content newest first, and
 * links only pages (and sections) that exist; /changes/ shows the same.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { errorFiles, guides } from '../support/corpus';
import { builtSite, fileForUrl, htmlPages, idsIn, readDist } from '../support/dist';

interface AtomLink {
  '@_rel'?: string;
  '@_type'?: string;
  '@_href': string;
}
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  summary: string;
  link: AtomLink;
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' });
const readFeed = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as {
    feed: { '@_xmlns': string; id: string; title: string; updated: string; author: { name: string }; link: AtomLink[]; entry?: (AtomEntry & { link: AtomLink[] })[] };
  };
};

/** Every change written in the content, counted from the files themselves. */
const written = [
  ...errorFiles.flatMap((f) => (f.data.changes ?? []).map((c) => ({ ...c, page: `/errors/${f.code}/` }))),
  ...guides.flatMap((g) => {
    const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(g.source)![1]) as { changes?: { date: string; note: string; section?: string }[] };
    return (front.changes ?? []).map((c) => ({ ...c, page: `/guides/${g.slug}/` }));
  }),
];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('/changes.xml', () => {
  const { feed } = readFeed(readDist('/changes.xml'));
  const entries = feed.entry ?? [];

  it('is an Atom feed with an id, a title, an author, its own link and the date of its newest entry', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^https?:\/\/.+\/changes\/$/);
    expect(feed.title).toContain('更新记录');
    expect(feed.author.name.length).toBeGreaterThan(0);
    expect(feed.updated).toMatch(RFC3339);
    const self = feed.link.find((l) => l['@_rel'] === 'self')!;
    expect(new URL(self['@_href']).pathname).toBe('/changes.xml');
    const newest = written.map((c) => String(c.date)).sort().at(-1);
    expect(feed.updated.slice(0, 10)).toBe(newest);
  });

  it('has one entry per change written in the content, each complete, with a unique id', () => {
    expect(written.length).toBeGreaterThan(0);
    expect(entries).toHaveLength(written.length);
    for (const entry of entries) {
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.id).toMatch(/^https?:\/\//);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.map((e) => e.summary).sort()).toEqual(written.map((c) => c.note).sort());
  });

  it('lists the newest first', () => {
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('links only pages and sections that exist in the build', () => {
    const broken = entries.flatMap((entry) => {
      const url = new URL(entry.link[0]['@_href']);
      const file = fileForUrl(url.pathname);
      if (!file) return [url.href];
      return url.hash && !idsIn(readDist(file)).has(url.hash.slice(1)) ? [url.href] : [];
    });
    expect(broken).toEqual([]);
    for (const change of written) {
      const expected = change.page + (change.section ? `#${change.section}` : '');
      expect(entries.some((e) => new URL(e.link[0]['@_href']).pathname + new URL(e.link[0]['@_href']).hash === expected)).toBe(true);
    }
  });
});

describe('/changes/', () => {
  it('shows every change with its date, linked to its page, in the feed’s order', () => {
    const html = readDist('/changes/index.html');
    const rows = [...html.matchAll(/<tr id="([^"]+)"><td><time datetime="([^"]+)">[\s\S]*?<a href="([^"]+)">/g)];
    const { feed } = readFeed(readDist('/changes.xml'));
    expect(rows.map((r) => r[2])).toEqual((feed.entry ?? []).map((e) => e.updated.slice(0, 10)));
    expect(rows.map((r) => r[3])).toEqual((feed.entry ?? []).map((e) => new URL(e.link[0]['@_href']).pathname + new URL(e.link[0]['@_href']).hash));
    // Each entry's id points at its row on this page.
    expect(rows.map((r) => r[1])).toEqual((feed.entry ?? []).map((e) => new URL(e.id).hash.slice(1)));
  });

  it('every page announces the feed in its head', () => {
    const missing = htmlPages.filter((p) => !/^\/\d+\//.test(p) && !readDist(p).includes('<link rel="alternate" type="application/atom+xml" title="更新记录" href="/changes.xml">'));
    expect(missing).toEqual([]);
  });

  it('follows the base path in a sub-path build', () => {
    const sub = builtSite('dist-subpath', 'npm run build:subpath');
    const { feed } = readFeed(sub.read('/changes.xml'));
    expect(feed.id).toBe('https://errors.example.com/wps-errors/changes/');
    for (const entry of feed.entry ?? []) expect(entry.link[0]['@_href']).toMatch(/^https:\/\/errors\.example\.com\/wps-errors\/(errors|guides)\//);
    expect(sub.read('/errors/100014/index.html')).toContain('type="application/atom+xml" title="更新记录" href="/wps-errors/changes.xml"');
  });
});
