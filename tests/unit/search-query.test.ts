import { describe, expect, it } from 'vitest';
import {
  expandedTerms,
  MAX_TERMS,
  mergeRankings,
  pairSingleCharacters,
  prefixFallbacks,
  queryTerms,
  termWeight,
} from '../../src/lib/search-query';

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

  it('caps the number of words', () => {
    expect(queryTerms('a1 b2 c3 d4 e5 f6 g7 h8')).toHaveLength(MAX_TERMS);
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
    expect(ranking[0]).toBe('c');
    expect(ranking).toEqual(['c', 'a', 'b']);
  });

  it('handles empty lists', () => {
    expect(mergeRankings([{ results: [], weight: 1 }])).toEqual([]);
  });
});
