import { describe, expect, it } from 'vitest';
import {
  bestSection,
  initPagefind,
  rankedResults,
  searchWith,
  TEXT_CANDIDATES,
  toHit,
  type Pagefind,
  type PagefindResultData,
  type PagefindSubResult,
} from '../../../src/lib/search/site-search';

interface FakePage {
  id: string;
  score: number;
  data: PagefindResultData;
}

const codePage = (code: string, score: number): FakePage => ({
  id: code,
  score,
  data: { url: `/errors/${code}/`, excerpt: '', meta: { code, title: `${code} title` } },
});

/** A Pagefind that answers each query with the pages given for it, and records what it was asked and read. */
function fakePagefind(answers: Record<string, FakePage[]>) {
  const searched: string[] = [];
  const read: string[] = [];
  const pagefind: Pagefind = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    search: (query) => {
      searched.push(query);
      const results = (answers[query] ?? []).map(({ id, score, data }) => ({
        id,
        score,
        data: () => {
          read.push(id);
          return Promise.resolve(data);
        },
      }));
      return Promise.resolve({ results });
    },
  };
  return { pagefind, searched, read };
}

const resultIds = (results: { result: { id: string } }[]) => results.map((r) => r.result.id);

const section = (title: string, url: string, scores: number[]): PagefindSubResult => ({
  title,
  url,
  excerpt: `<mark>${title}</mark>`,
  weighted_locations: scores.map((balanced_score) => ({ weight: 1, balanced_score })),
});

describe('initPagefind', () => {
  it("sets the site's options, with the caller's base path, before starting Pagefind", async () => {
    const calls: unknown[] = [];
    const pagefind: Pagefind = {
      options: (options) => Promise.resolve(void calls.push(['options', options])),
      init: () => Promise.resolve(void calls.push(['init'])),
      search: () => Promise.resolve(null),
    };
    expect(await initPagefind(pagefind, { baseUrl: '/wps-errors/' })).toBe(pagefind);
    expect(calls).toEqual([
      ['options', { baseUrl: '/wps-errors/', excerptLength: 20, ranking: { pageLength: 0.9, termSaturation: 2 } }],
      ['init'],
    ]);
  });
});

describe('rankedResults', () => {
  it("keeps Pagefind's order for a single word that matches, and searches only once", async () => {
    const { pagefind, searched } = fakePagefind({ token: [codePage('100016', 1), codePage('100014', 5)] });
    expect(resultIds(await rankedResults(pagefind, 'token'))).toEqual(['100016', '100014']);
    expect(searched).toEqual(['token']);
  });

  it('returns the exact results when the query has no meaningful word', async () => {
    // Only filler words: nothing to search one by one.
    const { pagefind, searched } = fakePagefind({ 'how do i': [codePage('100014', 1)] });
    expect(resultIds(await rankedResults(pagefind, 'how do i'))).toEqual(['100014']);
    expect(searched).toEqual(['how do i']);
  });

  it('ranks a page that matches every word above pages Pagefind scored higher for one word', async () => {
    const { pagefind, searched } = fakePagefind({
      alpha: [codePage('100001', 10), codePage('100002', 8)],
      beta: [codePage('100003', 10), codePage('100002', 8)],
    });
    // 100002 gets 0.8 + 0.8 of the (equal) word weights, the others 1 each.
    expect(resultIds(await rankedResults(pagefind, 'alpha beta'))).toEqual(['100002', '100001', '100003']);
    // Words with more than one hit are not retried as prefixes.
    expect(searched).toEqual(['alpha beta', 'alpha', 'beta']);
  });

  it('retries a word that matches nothing by shorter and shorter prefixes until one matches more', async () => {
    const { pagefind, searched } = fakePagefind({ req: [codePage('130009', 3), codePage('130010', 1)] });
    expect(resultIds(await rankedResults(pagefind, 'reqeusts'))).toEqual(['130009', '130010']);
    // The whole query and the word are the same search: asked once.
    expect(searched).toEqual(['reqeusts', 'reqeu', 'reqe', 'req']);
  });
});

describe('bestSection', () => {
  it("picks the '#' sub-result whose locations score highest in total", () => {
    const best = bestSection({
      url: '/guides/token-refresh/',
      excerpt: '',
      meta: {},
      sub_results: [
        section('Whole page', '/guides/token-refresh/', [9, 9]),
        section('One strong match', '/guides/token-refresh/#one', [5]),
        section('Three weaker ones', '/guides/token-refresh/#three', [2, 2, 2]),
      ],
    });
    expect(best?.url).toBe('/guides/token-refresh/#three');
  });

  it('gives nothing when no sub-result is a section', () => {
    const data = { url: '/guides/x/', excerpt: '', meta: {}, sub_results: [section('Page', '/guides/x/', [1])] };
    expect(bestSection(data)).toBeUndefined();
    expect(bestSection({ url: '/guides/x/', excerpt: '', meta: {} })).toBeUndefined();
  });
});

describe('toHit', () => {
  it("shows a code page's message and meaning, highlighted with the query's words", () => {
    const data = {
      url: '/errors/100014/',
      excerpt: 'ignored',
      meta: { code: '100014', title: '100014 token expired', message: 'access token expired', meaning: 'It expired.' },
    };
    expect(toHit(data, ['token'])).toEqual({
      url: '/errors/100014/',
      kind: 'code',
      code: '100014',
      title: '100014 token expired',
      excerpt: { text: 'access token expired — It expired.', terms: ['token'] },
    });
  });

  it("falls back to Pagefind's excerpt for a code page without message or meaning", () => {
    const data = { url: '/errors/100014/', excerpt: 'a <mark>token</mark>', meta: { code: '100014', title: 't' } };
    expect(toHit(data, ['token']).excerpt).toEqual({ html: 'a <mark>token</mark>' });
  });

  it("lands a guide on its best section, whose title loses Pagefind's trailing ' #'", () => {
    const data = {
      url: '/guides/token-refresh/',
      excerpt: 'page excerpt',
      meta: { title: 'Refreshing tokens' },
      sub_results: [section('After expiry #', '/guides/token-refresh/#after-expiry', [1])],
    };
    expect(toHit(data, [])).toEqual({
      url: '/guides/token-refresh/#after-expiry',
      kind: 'guide',
      title: 'Refreshing tokens › After expiry',
      excerpt: { html: '<mark>After expiry #</mark>' },
    });
  });

  it('keeps any other page whole, with its URL as the title when it has none', () => {
    const data = {
      url: '/categories/files/',
      excerpt: 'files',
      meta: {},
      sub_results: [section('Upload #', '/categories/files/#upload', [1])],
    };
    expect(toHit(data, [])).toEqual({
      url: '/categories/files/',
      kind: 'category',
      title: '/categories/files/',
      excerpt: { html: 'files' },
    });
  });
});

describe('searchWith', () => {
  it('searches the message of a pasted log line, not the noise around it', async () => {
    const { pagefind, searched } = fakePagefind({});
    await searchWith(pagefind, '[2020-05-07 20:03:26] production.ERROR: Authorize Failed', 3);
    expect(searched[0]).toBe(': Authorize Failed');
  });

  it('returns nothing, without searching, when only noise was typed', async () => {
    const { pagefind, searched } = fakePagefind({});
    expect(await searchWith(pagefind, '  2026-07-13 11:02:45  ', 3)).toEqual([]);
    expect(searched).toEqual([]);
  });

  it('reads only the first results, in ranked order, and returns `limit` of them', async () => {
    const pages = Array.from({ length: 30 }, (_, i) => codePage(String(120000 + i), 30 - i));
    const { pagefind, read } = fakePagefind({ token: pages });
    const hits = await searchWith(pagefind, 'token', 2);
    expect(hits.map((hit) => hit.code)).toEqual(['120000', '120001']);
    expect(read).toEqual(pages.slice(0, TEXT_CANDIDATES).map((p) => p.id));
  });
});
