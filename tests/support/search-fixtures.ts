/**
 * The search fixtures and what a search box makes of them, shared by the
 * ranking checks in Node (tests/dist/search-*.test.ts) and the few queries
 * the browser still types (tests/e2e/search-*.spec.ts), so that both judge
 * the same strings the same way.
 */
import { readFileSync } from 'node:fs';

/** tests/fixtures/search-queries.json: realistic queries, each with the codes that answer it. */
export interface QualityQuery {
  query: string;
  expect: number[];
  note: string;
}

/** tests/fixtures/real-world-queries.json: strings found in public code, issues and posts. */
export interface RealWorldQuery {
  query: string;
  /** The codes that answer a text query or a paste; the page (path and #row) other pastes land on. */
  expected: number[] | string;
  source: string;
  kind: 'code-in-text' | 'log-line' | 'alias' | 'wps365-body' | 'not-a-code' | 'text';
}

/** tests/fixtures/gathered-queries.json: a tuning and a held-out half, split by source family. */
export interface GatheredQuery {
  query: string;
  /** The global codes whose page answers the string, best first; none for a paste that names no WPS failure. */
  expected: number[];
  kind: 'text' | 'code-in-text' | 'wps365' | 'not-a-code';
  subject: string;
  problem: string;
  /** For a WPS 365 paste: what it is about (permission, token, path…). */
  expected_topic?: string;
  family: string;
  source: string;
  half: 'tune' | 'heldout';
}

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T;

export const qualityQueries = fixture<QualityQuery[]>('search-queries.json');
export const realWorldQueries = fixture<RealWorldQuery[]>('real-world-queries.json');
export const gatheredQueries = fixture<GatheredQuery[]>('gathered-queries.json');

/** A query counts as answered when one of its codes is among this many first results. */
export const TOP = 3;

/**
 * The query as the search box holds it once typed or pasted: the boxes are
 * single-line inputs, and Chromium drops the line breaks that end a paste and
 * turns each other one into a space (HandleBeforeTextInsertedEvent in Blink's
 * TextFieldInputType). The browser specs check this on multi-line pastes.
 */
export const asTyped = (query: string): string => query.replace(/[\r\n]+$/, '').replace(/\r\n|[\r\n]/g, ' ');

/**
 * Why Enter on a paste landed in the wrong place (pathname and hash of the
 * address it opened), or undefined when it landed right. A documented code,
 * an alias or a log line opens the code's page; a WPS 365 body the row of its
 * guide; a paste that holds no code the results page, whatever the query.
 */
export function pasteMiss(q: RealWorldQuery, landed: { pathname: string; hash: string }): string | undefined {
  const expected = Array.isArray(q.expected) ? `/errors/${q.expected[0]}/` : q.expected;
  const at = landed.pathname + landed.hash;
  const right = q.kind === 'not-a-code' ? landed.pathname === expected : at === expected;
  return right ? undefined : `${JSON.stringify(q.query.slice(0, 80))} → ${at}, expected ${expected}`;
}
