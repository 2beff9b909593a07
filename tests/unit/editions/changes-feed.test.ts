import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, sortChanges, type ChangeItem } from '../../../src/lib/editions/changes-feed';
import { changesSchema } from '../../../src/schemas/changes';

const item = (date: string, path: string, n = 1): ChangeItem => ({
  date,
  note: `改动 ${path}`,
  pageTitle: path,
  path,
  key: `${path}-${date}-${n}`,
});

describe('sortChanges', () => {
  it('puts the newest first and keeps the listed order within a day', () => {
    const items = [item('2026-12-01', 'a'), item('2026-12-03', 'b'), item('2026-12-01', 'c'), item('2026-12-03', 'd')];
    expect(sortChanges(items).map((i) => i.path)).toEqual(['b', 'd', 'a', 'c']);
  });
});

const info = {
  title: '更新记录',
  subtitle: '说明',
  author: '站点',
  lang: 'zh-CN',
  selfUrl: 'https://e.example/base/changes.xml',
  pageUrl: 'https://e.example/base/changes/',
  emptyUpdated: '2026-11-24',
  entryTitle: (i: ChangeItem) => `${i.pageTitle}: ${i.note}`,
  absolute: (path: string) => `https://e.example/base/${path}`,
};

describe('atomFeed', () => {
  it('has the elements Atom requires, the newest date as <updated>, and absolute entry links', () => {
    const xml = atomFeed(info, sortChanges([item('2026-12-01', 'errors/1/'), item('2026-12-02', 'guides/g/#fix')]));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(xml).toContain('<id>https://e.example/base/changes/</id>');
    expect(xml).toMatch(/<\/subtitle>\n {2}<updated>2026-12-02T00:00:00Z<\/updated>/);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://e.example/base/changes.xml"/>');
    expect(xml).toContain('<author><name>站点</name></author>');
    expect(xml.indexOf('guides/g/#fix')).toBeLessThan(xml.indexOf('errors/1/'));
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://e.example/base/guides/g/#fix"/>');
    expect(xml).toContain('<id>https://e.example/base/changes/#guides/g/#fix-2026-12-02-1</id>');
  });

  it('an empty feed is still valid, dated by the site', () => {
    const xml = atomFeed(info, []);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<updated>2026-11-24T00:00:00Z</updated>');
    expect(xml).not.toContain('<entry>');
  });

  it('escapes every text: a hostile note stays text', () => {
    const hostile = { ...item('2026-12-01', 'errors/1/'), note: '</summary><script>alert("x")</script>&amp;' };
    const xml = atomFeed(info, [hostile]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain(`<summary>${escapeXml(hostile.note)}</summary>`);
  });
});

describe('changesSchema', () => {
  it('accepts a bare or quoted date, and a section anchor', () => {
    const parsed = changesSchema.parse([
      { date: new Date('2026-12-02T00:00:00Z'), note: '改了' },
      { date: '2026-12-03', note: '又改了', section: 'fix' },
    ]);
    expect(parsed!.map((c) => c.date)).toEqual(['2026-12-02', '2026-12-03']);
  });

  it.each([
    [{ date: '2026-02-30', note: 'x' }, 'date', /YYYY-MM-DD/],
    [{ date: '2 Dec 2026', note: 'x' }, 'date', /YYYY-MM-DD/],
    [{ date: '2026-12-02', note: ' ' }, 'note', /./],
    [{ date: '2026-12-02', note: 'x', section: '#Fix' }, 'section', /section anchor/],
  ])('rejects %o in field %s', (change, field, message) => {
    const result = changesSchema.safeParse([change]);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual([0, field]);
    expect(result.error!.issues[0].message).toMatch(message);
  });

  it('rejects an unknown key', () => {
    expect(changesSchema.safeParse([{ date: '2026-12-02', note: 'x', reviewed: true }]).success).toBe(false);
  });
});
