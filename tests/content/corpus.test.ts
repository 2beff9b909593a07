import { describe, expect, it } from 'vitest';
import { ERROR_SECTIONS } from '../../src/lib/content/error-sections';
import { isOAuthRelated } from '../../src/lib/content/categories';
import { corpusProblems, formatProblem, guideRefProblems } from '../../src/loaders/error-file';
import { parseGuideRef } from '../../src/lib/content/guide-refs';
import { errorFiles, guides, read } from '../support/corpus';

const nonZero = errorFiles.filter((e) => e.code !== 0);

describe('error-code files', () => {
  it('have no cross-file problems (duplicates, relations)', () => {
    expect(corpusProblems(errorFiles).map(formatProblem)).toEqual([]);
  });

  it.each(nonZero.map((e) => [e.code, e] as const))('%i has every section and a client action', (_code, entry) => {
    for (const { id } of ERROR_SECTIONS) expect(entry.sections[id]?.length, `${entry.file} #${id}`).toBeGreaterThan(20);
    expect(entry.data.action).toBeDefined();
    expect(entry.data.messageEn.length).toBeGreaterThan(3);
  });

  it('link every OAuth-related code to at least one guide section', () => {
    const oauth = nonZero.filter((e) => isOAuthRelated(e.code, e.data));
    // All of 100xxx, plus the 130xxx codes about redirect URIs, OpenId, scopes, tokens and app keys.
    for (const code of [100000, 100014, 100052, 130001, 130003, 130004, 130006, 130016, 130028, 130030, 130031, 130032]) {
      expect(oauth.map((e) => e.code)).toContain(code);
    }
    expect(oauth.filter((e) => !e.data.guides?.length).map((e) => e.file)).toEqual([]);
  });

  it('point every guide reference at an existing guide section (the loader’s own check)', () => {
    const sectionsOfGuide = new Map(guides.map((g) => [g.slug, g.sectionIds]));
    expect(guideRefProblems(errorFiles, sectionsOfGuide).map(formatProblem)).toEqual([]);
  });

  it('declare the known same-meaning pairs', () => {
    const pairs = errorFiles.flatMap((e) => (e.data.sameMeaning ?? []).map((t) => [t, e.code].sort().join('~')));
    expect(pairs).toEqual(expect.arrayContaining(['130007~130031', '100020~130002']));
  });

  it('call codes whose messages are only close related, not the same', () => {
    const pairs = (field: 'sameMeaning' | 'related') =>
      errorFiles.flatMap((e) => (e.data[field] ?? []).map((t) => [t, e.code].sort().join('~')));
    for (const close of ['100009~130030', '100008~130029']) {
      expect(pairs('sameMeaning')).not.toContain(close);
      expect(pairs('related')).toContain(close);
    }
  });

  it('do not write links in the body (guides are linked from front matter)', () => {
    const withLinks = errorFiles.filter((e) => Object.values(e.sections).some((md) => /\]\(|<a\s/i.test(md ?? '')));
    expect(withLinks.map((e) => e.file)).toEqual([]);
  });
});

describe('guides', () => {
  it('are each linked by some code, except the page of the WPS 365 numbering', () => {
    const linked = new Set(errorFiles.flatMap((e) => (e.data.guides ?? []).map((ref) => parseGuideRef(ref)!.slug)));
    // The WPS 365 page explains another numbering; pasted WPS 365 errors land on it, not code pages.
    expect(guides.map((g) => g.slug).filter((slug) => !linked.has(slug))).toEqual(['wps365-oauth-errors']);
  });

  it.each(guides.map((g) => [g.slug, g] as const))('%s has unique ASCII section ids', (_slug, guide) => {
    expect(guide.sectionIds.length).toBeGreaterThan(2);
    expect(new Set(guide.sectionIds).size).toBe(guide.sectionIds.length);
    for (const id of guide.sectionIds) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(guides.map((g) => [g.slug, g] as const))('%s only references documented codes', (_slug, guide) => {
    const codes = [...guide.source.matchAll(/<(?:CodeRef|OfficialQuote) code=\{(\d+)\}/g)].map((m) => Number(m[1]));
    for (const code of codes) expect(errorFiles.map((e) => e.code)).toContain(code);
  });
});

describe('search-quality queries', () => {
  it('expect only documented codes', () => {
    const queries = JSON.parse(read('tests/fixtures/search-queries.json')) as { query: string; expect: number[] }[];
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const codes = new Set(errorFiles.map((e) => e.code));
    expect(queries.flatMap((q) => q.expect).filter((c) => !codes.has(c))).toEqual([]);
  });
});
