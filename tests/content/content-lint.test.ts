/** The house style (content/README.md) holds on every code file and guide. */
import { describe, expect, it } from 'vitest';
import { formatLintProblem, lintContent, lintShortTexts, parseGlossary } from '../../src/lib/content/content-lint';
import { frontMatterShortTexts, stringTableShortTexts } from '../../src/lib/content/short-texts';
import { actionSupportProblems } from '../../src/lib/content/action-support';
import { splitFrontMatter } from '../../src/loaders/content-reader';
import { contentLikeTables } from '../../src/i18n';
import { errorFiles, guides, official, read } from '../support/corpus';

const paths = [...errorFiles.map((e) => e.file), ...guides.map((g) => g.file)];

const glossary = parseGlossary(read('content/README.md'));
const options = { glossary, officialTexts: official.codes.map((c) => c.message) };

/** The strings a reader takes as content: a number's code family, the diagnosis and its checks. */
const STRING_TABLES = Object.entries(contentLikeTables('zh-CN'));

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
      options,
    );
    expect(problems.map(formatLintProblem)).toEqual([]);
  });

  it('finds no problem in the titles, next steps, aliases and guide summaries', () => {
    const texts = paths.flatMap((file) =>
      frontMatterShortTexts(file, read(file), file.endsWith('.mdx') ? 'guide' : 'code'),
    );
    // Every code has a title, every code but 0 a next step, every guide a title and a summary.
    const guideCount = paths.filter((p) => p.endsWith('.mdx')).length;
    expect(texts.filter((t) => t.field === 'title')).toHaveLength(paths.length);
    expect(texts.filter((t) => t.field === 'nextStep')).toHaveLength(paths.length - guideCount - 1);
    expect(texts.filter((t) => t.field === 'summary')).toHaveLength(guideCount);
    expect(texts.some((t) => t.field.startsWith('aliases['))).toBe(true);
    expect(lintShortTexts(texts, options).map(formatLintProblem)).toEqual([]);
  });

  it('finds no problem in the code-family and diagnosis strings', () => {
    const texts = STRING_TABLES.flatMap(([file, table]) => stringTableShortTexts(file, read(file), table));
    expect(texts.length).toBe(STRING_TABLES.reduce((n, [, table]) => n + Object.keys(table).length, 0));
    expect(lintShortTexts(texts, options).map(formatLintProblem)).toEqual([]);
  });

  it("finds every code's action supported by its body", () => {
    const problems = errorFiles.flatMap(({ file, data }) =>
      actionSupportProblems(data.action, read(file)).map(({ line, message }) => `${file}:${line}: ${message}`),
    );
    expect(problems).toEqual([]);
  });
});
