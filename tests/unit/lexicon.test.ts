import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/file-problem';
import { codeMeaningProblems } from '../../src/lib/search/lexicon-problems';
import { parseLexicon, vocabularyOf } from '../../src/loaders/lexicon';
import { read } from '../support/corpus';

const lexicon = (terms: string) => `subjects:
  file-name: { label: 文件名, description: The name of a file. }
problems:
  already-exists: { label: 已存在, description: Already there. }
terms:
${terms}
phrasings: []
`;
const problemsOf = (text: string) => parseLexicon(text).problems.map(formatProblem);

describe('parseLexicon', () => {
  it('accepts the real lexicon', () => {
    expect(problemsOf(read('content/lexicon.yaml'))).toEqual([]);
  });

  it('names the row and field of an id the vocabulary does not declare', () => {
    expect(problemsOf(lexicon('  - { terms: [同名], subjects: [file-nmae] }'))).toEqual([
      'content/lexicon.yaml: field "terms[0].subjects": "file-nmae" is not declared under subjects:',
    ]);
  });

  it('rejects a row that names nothing, an unknown key and a term that is not text', () => {
    expect(problemsOf(lexicon('  - { terms: [同名] }'))).toEqual([
      'content/lexicon.yaml: field "terms[0]": names no subject and no problem',
    ]);
    expect(problemsOf(lexicon('  - { terms: [同名], subjects: [file-name], wieght: 1 }'))[0]).toMatch(
      /^content\/lexicon\.yaml: field "terms\[0\]": /,
    );
    expect(problemsOf(lexicon('  - { terms: [同名, null], subjects: [file-name] }'))[0]).toMatch(
      /field "terms\[0\]\.terms\[1\]"/,
    );
  });

  it('accepts a byte-order mark', () => {
    expect(problemsOf(`\uFEFF${lexicon('  - { terms: [同名], subjects: [file-name] }')}`)).toEqual([]);
  });
});

describe('codeMeaningProblems', () => {
  it("names the code file and field of an id that is not in the lexicon's vocabulary", () => {
    const { lexicon: parsed } = parseLexicon(lexicon('  - { terms: [同名], subjects: [file-name] }'));
    const problems = codeMeaningProblems(
      'content/errors/120000.md',
      { subjects: ['file-name'], problems: ['exists'] },
      vocabularyOf(parsed!),
    ).map(formatProblem);
    expect(problems).toEqual([
      'content/errors/120000.md: field "problems": "exists" is not in the problems of content/lexicon.yaml (known: already-exists)',
    ]);
  });
});
