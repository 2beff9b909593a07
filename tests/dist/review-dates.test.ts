/**
 * Dates a reader can trust: every code page and guide says when its text was
 * last checked (最后核对), in the page, its Markdown edition, its JSON and
 * /llms-full.txt; the date the official list was received, with its public
 * archive, is on the home page, beside every code page's official quote and
 * in /errors.json. Expected dates are read from the content files themselves.
 */
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { errorFiles, guides, read } from '../support/corpus';
import { readDist } from '../support/dist';
import { hrefOf, page, text } from '../support/html';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The public copy of the official list (content/sources.yaml, wps-doc-global-codes-mirror). */
const ARCHIVE = 'http://mkoucai.eduboo.com/read/wps-doc/418-212553-yhcsff';
const officialList = parseYaml(read('content/official-list.yaml')) as { received: string; archive: string };
const frontMatter = (source: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]) as Record<string, unknown>;
const guideDates = guides.map(({ slug, source }) => ({ slug, reviewed: String(frontMatter(source).reviewed) }));
const codeDates = errorFiles.map(({ code, data }) => ({ code, reviewed: data.reviewed }));
/** Parsing every page takes a few seconds, more on a busy machine. */
const EVERY_PAGE_TIMEOUT_MS = 30_000;

describe('the date a page was last checked', () => {
  it('is written on every code file and guide', () => {
    expect(codeDates.length).toBeGreaterThan(0);
    for (const { reviewed } of [...codeDates, ...guideDates]) expect(reviewed).toMatch(ISO_DATE);
  });

  it('is shown as 最后核对 under the heading of every code page and guide', () => {
    const pages = [
      ...codeDates.map(({ code, reviewed }) => ({ path: `/errors/${code}/`, reviewed })),
      ...guideDates.map(({ slug, reviewed }) => ({ path: `/guides/${slug}/`, reviewed })),
    ];
    const wrong = pages.flatMap(({ path, reviewed }) => {
      const doc = page(path);
      const line = doc.querySelector('h1 ~ .reviewed');
      const time = line?.querySelector('time');
      return text(line) === `最后核对 ${reviewed}` && time?.getAttribute('datetime') === reviewed ? [] : [path];
    });
    expect(wrong).toEqual([]);
  }, EVERY_PAGE_TIMEOUT_MS);

  it('is in every code page and guide as Markdown, and in /llms-full.txt', () => {
    const full = readDist('/llms-full.txt');
    for (const { code, reviewed } of codeDates) {
      const markdown = readDist(`/errors/${code}.md`);
      expect(markdown.split('\n').slice(0, 6), `/errors/${code}.md`).toContain(`最后核对 ${reviewed}`);
      const start = full.indexOf(`\n# ${code} `);
      expect(start, `${code} in /llms-full.txt`).toBeGreaterThan(-1);
      expect(full.slice(start, full.indexOf('\n# ', start + 1))).toContain(`最后核对 ${reviewed}`);
    }
    for (const { slug, reviewed } of guideDates) {
      expect(readDist(`/guides/${slug}.md`).split('\n').slice(0, 6), `/guides/${slug}.md`).toContain(
        `最后核对 ${reviewed}`,
      );
    }
  });

  it('is in every record of /errors.json and /errors/<code>.json', () => {
    const all = JSON.parse(readDist('/errors.json')) as { codes: { code: number; reviewed: string }[] };
    for (const { code, reviewed } of codeDates) {
      expect(all.codes.find((c) => c.code === code)?.reviewed).toBe(reviewed);
      expect((JSON.parse(readDist(`/errors/${code}.json`)) as { reviewed: string }).reviewed).toBe(reviewed);
    }
  });
});

describe('the date the official list was received', () => {
  it('is declared once, as a date', () => {
    expect(officialList.received).toMatch(ISO_DATE);
    expect(officialList.archive).toBe('wps-doc-global-codes-mirror');
  });

  it('is on the home page, with the public archive', () => {
    const note = page('/').querySelector('.official-list-note')!;
    expect(text(note)).toContain(`收录于 ${officialList.received}`);
    expect(hrefOf(note, '公开存档')).toBe(ARCHIVE);
  });

  it("is beside every code page's official quote", () => {
    const wrong = codeDates.flatMap(({ code }) => {
      const figure = page(`/errors/${code}/`).querySelector('figure.official')!;
      const caption = figure.querySelector('figcaption');
      const ok =
        text(caption).includes(`收录于 ${officialList.received}`) &&
        hrefOf(caption!, '公开存档') === ARCHIVE &&
        figure.querySelector('blockquote')?.getAttribute('cite') === ARCHIVE;
      return ok ? [] : [code];
    });
    expect(wrong).toEqual([]);
  }, EVERY_PAGE_TIMEOUT_MS);

  it("is next to the official quote of every code's Markdown edition", () => {
    for (const { code } of codeDates) {
      expect(readDist(`/errors/${code}.md`)).toContain(
        `**WPS 开放平台官方原文（逐字引用）**（官方列表收录于 ${officialList.received}，公开存档：<${ARCHIVE}>）：`,
      );
    }
  });

  it('is in /errors.json, with the archive', () => {
    const all = JSON.parse(readDist('/errors.json')) as {
      officialList: { received: string; archive: { id: string; address: string } };
    };
    expect(all.officialList.received).toBe(officialList.received);
    expect(all.officialList.archive).toMatchObject({ id: 'wps-doc-global-codes-mirror', address: ARCHIVE });
  });
});
