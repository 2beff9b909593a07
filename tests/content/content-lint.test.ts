/** The house style (content/README.md) holds on every code file and guide. */
import { describe, expect, it } from 'vitest';
import { formatLintProblem, lintContent, parseGlossary } from '../../src/lib/content/content-lint';
import { splitFrontMatter } from '../../src/loaders/content-reader';
import { errorFiles, guides, official, read } from '../support/corpus';

const paths = [...errorFiles.map((e) => e.file), ...guides.map((g) => g.file)];

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
    // A file for every official code, and every guide.
    expect(paths.length).toBe(official.codes.length + guides.length);
    const problems = lintContent(
      paths.map((file) => ({ file, text: read(file), bodyLine: splitFrontMatter(read(file))?.bodyLine ?? 1 })),
      { glossary, officialTexts: official.codes.map((c) => c.message) },
    );
    expect(problems.map(formatLintProblem)).toEqual([]);
  });
});
