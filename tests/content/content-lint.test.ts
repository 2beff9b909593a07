/** The house style (content/README.md) holds on every code file and guide. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatLintProblem, lintContent, parseGlossary } from '../../src/lib/content/content-lint';
import { errorFileNames, guides, official, read } from '../support/corpus';

const paths = [
  ...readdirSync(new URL('../../content/errors/', import.meta.url))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `content/errors/${name}`),
  ...readdirSync(new URL('../../content/guides/', import.meta.url))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `content/guides/${name}`),
];

const glossary = parseGlossary(read('content/README.md'));

describe('content lint', () => {
  it('reads the glossary from content/README.md', () => {
    // Written independently of the table: a few rows the corpus relies on.
    expect(glossary).toContainEqual({ preferred: '令牌', avoid: ['token'] });
    expect(glossary.find((t) => t.preferred === '开发者后台')?.avoid).toContain('控制台');
    expect(glossary.find((t) => t.preferred === '吊销')?.avoid).toContain('撤销');
    expect(glossary.find((t) => t.preferred === 'WPS 365')?.avoid).toContain('WPS365');
  });

  it('finds no problem in the corpus', () => {
    // Every code file and every guide, and nothing else in those folders.
    expect(paths.length).toBe(errorFileNames.length + guides.length);
    const problems = lintContent(
      paths.map((file) => ({ file, text: read(file) })),
      { glossary, officialTexts: official.codes.map((c) => c.message) },
    );
    expect(problems.map(formatLintProblem)).toEqual([]);
  });
});
