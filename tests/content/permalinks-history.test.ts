/**
 * content/permalinks.txt is append-only: a URL once served stays listed. Each
 * version in the git history of the main line, and the working copy, must begin with every URL
 * of the version before, in the same order; rewriting a line (say, to match a
 * renamed anchor) breaks the promise to everyone who pasted the old URL.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/loaders/content-reader';
import { read } from '../support/corpus';

const MANIFEST = 'content/permalinks.txt';
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const urls = (text: string) =>
  normalizeText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

/** The first URL of `before` that `after` no longer has at the same place, if any. */
function firstRewritten(before: string[], after: string[]): string | undefined {
  const index = before.findIndex((url, i) => after[i] !== url);
  return index === -1 ? undefined : `line ${index + 1}: "${before[index]}" became "${after[index] ?? '(removed)'}"`;
}

describe('the permalink manifest', () => {
  // The main line's history: work merged from a side branch is judged by the
  // merge commit, against the version main published before it.
  const commits = git('log', '--first-parent', '--format=%H', '--reverse', '--', MANIFEST).split('\n').filter(Boolean);
  const versions = commits.map((sha) => ({ sha: sha.slice(0, 10), urls: urls(git('show', `${sha}:${MANIFEST}`)) }));

  it('has a history to check', () => {
    expect(versions.length).toBeGreaterThan(0);
  });

  it('only ever grew by appending, commit after commit', () => {
    const rewrites = versions
      .slice(1)
      .flatMap((version, i) => {
        const problem = firstRewritten(versions[i].urls, version.urls);
        return problem ? [`${version.sha}: ${problem}`] : [];
      });
    expect(rewrites).toEqual([]);
  });

  it('the working copy only appends to the last commit', () => {
    expect(firstRewritten(versions.at(-1)!.urls, urls(read(MANIFEST)))).toBeUndefined();
  });
});
