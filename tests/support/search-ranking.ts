/**
 * Runs fixture queries through the site's ranking (searchWith, the code the
 * search page runs) on the built index and counts the queries whose expected
 * code is among the first results: the figures the ranking checks judge.
 */
import type { SearchIndex } from '../../src/lib/search/search-index';
import { searchWith, type Pagefind } from '../../src/lib/search/site-search';
import { readDist } from './dist';
import { asTyped, TOP } from './search-fixtures';

/** The built search index (/lookup.json), as the search boxes fetch it. */
export const builtSearchIndex = (): SearchIndex => JSON.parse(readDist('/lookup.json')) as SearchIndex;

export interface RankingCase {
  query: string;
  /** Any of these among the first TOP results answers the query. */
  codes: number[];
}

export interface RankingReport {
  found: number;
  total: number;
  share: number;
  misses: string[];
}

export async function measureRanking(pagefind: Pagefind, cases: RankingCase[]): Promise<RankingReport> {
  const misses: string[] = [];
  const index = builtSearchIndex();
  for (const { query, codes } of cases) {
    // The codes of the first results as the results page lists them: NaN for a guide or another page.
    const top = (await searchWith(pagefind, asTyped(query), TOP, { index })).map((hit) => Number(hit.code));
    if (!top.some((code) => codes.includes(code)))
      misses.push(`${JSON.stringify(query.slice(0, 80))} → [${top.join(', ')}], expected ${codes.join(' or ')}`);
  }
  const found = cases.length - misses.length;
  return { found, total: cases.length, share: found / cases.length, misses };
}

/** "search quality: 89/92 = 96.7% in top 3", then the misses, one a line. */
export function printRanking(label: string, { found, total, share, misses }: RankingReport): void {
  console.log(`${label}: ${found}/${total} = ${(share * 100).toFixed(1)}% in top ${TOP}`);
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
}
