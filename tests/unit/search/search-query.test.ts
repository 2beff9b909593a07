import { describe, expect, it } from 'vitest';
import {
  expandedTerms,
  MAX_TERMS,
  mergeRankings,
  pairSingleCharacters,
  prefixFallbacks,
  queryTerms,
  routedTerms,
  termWeight,
} from '../../../src/lib/search/search-query';

describe('queryTerms', () => {
  it('drops particles and question words', () => {
    expect(queryTerms('token 过期了怎么办')).toEqual(expect.arrayContaining(['token']));
    expect(queryTerms('token 过期了怎么办')).not.toContain('了');
    expect(queryTerms('why does my access token expire')).toEqual(['access', 'token', 'expire']);
  });

  it('keeps snake_case names whole and normalises width and case', () => {
    expect(queryTerms('GRANT_TYPE')).toEqual(['grant_type']);
    expect(queryTerms('ＲｅｄｉｒｅｃｔＵｒｉ')).toEqual(['redirecturi']);
  });

  it('caps the number of words only far beyond a message', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${i}`);
    expect(queryTerms(words.join(' '))).toHaveLength(MAX_TERMS);
    expect(MAX_TERMS).toBeGreaterThanOrEqual(12);
  });

  it('keeps the words that tell messages apart: code, error, get', () => {
    expect(queryTerms('code to access token error')).toEqual(['code', 'access', 'token', 'error']);
    expect(queryTerms('get access token error')).toEqual(['get', 'access', 'token', 'error']);
  });

  it('drops numbers that are not codes', () => {
    expect(queryTerms('port 8080 returned 100014 after 3 tries')).toEqual([
      'port',
      'returned',
      '100014',
      'after',
      'tries',
    ]);
  });

  it('returns nothing for input without words', () => {
    expect(queryTerms('🔥💥 <> !!')).toEqual([]);
    expect(queryTerms('')).toEqual([]);
  });
});

describe('pairSingleCharacters', () => {
  it('joins runs of single Chinese characters into overlapping pairs', () => {
    expect(pairSingleCharacters(['回', '调', '地址', '填', '错'])).toEqual(['回调', '地址', '填错']);
    expect(pairSingleCharacters(['上', '传', '完'])).toEqual(['上传', '传完']);
  });

  it('keeps a lone character and words of other scripts', () => {
    expect(pairSingleCharacters(['未', 'scope', '空'])).toEqual(['未', 'scope', '空']);
  });
});

describe('expandedTerms', () => {
  it('adds the formal words of the official messages for everyday ones', () => {
    expect(expandedTerms('grant_type 不对')).toEqual(['grant_type', '不对', '错误', '非法']);
    expect(expandedTerms('文件不是 post')).toEqual(expect.arrayContaining(['非']));
  });
});

describe('prefixFallbacks', () => {
  it('offers shorter prefixes of long Latin words', () => {
    expect(prefixFallbacks('reqeusts')).toEqual(['reqeu', 'reqe', 'req']);
    expect(prefixFallbacks('refesh')).toEqual(['refe', 'ref']);
  });

  it('offers nothing for short words, Chinese or digits', () => {
    expect(prefixFallbacks('scop')).toEqual([]);
    expect(prefixFallbacks('过期时间')).toEqual([]);
    expect(prefixFallbacks('100014')).toEqual([]);
  });
});

describe('termWeight and mergeRankings', () => {
  it('weighs rare words more than common ones', () => {
    expect(termWeight(2)).toBeGreaterThan(termWeight(50));
    expect(termWeight(0)).toBe(0);
  });

  it('ranks pages matching more and rarer words first', () => {
    const ranking = mergeRankings([
      {
        results: [
          { id: 'a', score: 10 },
          { id: 'b', score: 9 },
          { id: 'c', score: 8 },
        ],
        weight: termWeight(40),
      },
      { results: [{ id: 'c', score: 3 }], weight: termWeight(1) },
    ]);
    expect(ranking.map(([id]) => id)).toEqual(['c', 'a', 'b']);
  });

  it('handles empty lists', () => {
    expect(mergeRankings([{ results: [], weight: 1 }])).toEqual([]);
  });
});

describe('routedTerms: OAuth names and English sentences in the list’s words', () => {
  it.each([
    ['{"error": "invalid_grant"}', ['invalid_grant', 'code', '换取']],
    ['redirect_uri_mismatch', ['回调地址', '不合法', 'redirecturi']],
    ['insufficient_scope', ['insufficient_scope', '授权']],
  ])('%j routes to %j', (query, expected) => {
    expect(routedTerms(query)).toEqual(expect.arrayContaining(expected));
  });

  it('recognises an OAuth server sentence by its subject, not its exact wording', () => {
    for (const sentence of [
      "The 'redirect_uri' parameter does not match any of the OAuth 2.0 Client's pre-registered redirect urls.",
      'The redirect URI specified in the request does not match the redirect URIs configured for the application',
      'redirect_uri 与您注册的 URL 不匹配',
    ])
      expect(routedTerms(sentence)).toEqual(expect.arrayContaining(['回调地址', '不合法']));
    expect(routedTerms('The requested scope is invalid, unknown, or malformed.')).toContain('错误的scope');
  });

  it('turns a missing parameter into the list’s 缺少 wording', () => {
    expect(routedTerms('No client id supplied')).toEqual(expect.arrayContaining(['缺少', 'client_id']));
    expect(routedTerms('missing refresh token')).toEqual(expect.arrayContaining(['缺少', 'refresh_token']));
  });

  it('routes nothing for ordinary text', () => {
    expect(routedTerms('文件太大传不上去')).toEqual([]);
    expect(routedTerms('')).toEqual([]);
  });
});

describe('words that name members of every JavaScript object', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', '{{constructor.constructor("x")()}}'])(
    '%s expands to plain words only',
    (query) => {
      for (const term of expandedTerms(query)) expect(typeof term).toBe('string');
      expect(routedTerms(`${query} access_token`)).toEqual(routedTerms('access_token'));
    },
  );
});
