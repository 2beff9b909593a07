import { parse as parseYaml } from 'yaml';
import type { FileProblem } from '../lib/content/file-problem';
import { codeMeaningProblems, LEXICON_FILE, lexiconRowProblems, type Vocabulary } from '../lib/search/lexicon-problems';
import { lexiconSchema, type Lexicon } from '../schemas/lexicon';
import { readContentFile } from './content-reader';
import type { ParsedErrorFile } from './error-file';

/** Parses content/lexicon.yaml; problems name the file and the field (e.g. `terms[3].subjects`). */
export function parseLexicon(text: string): { lexicon?: Lexicon; problems: FileProblem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [{ file: LEXICON_FILE, message: `invalid YAML: ${(error as Error).message}` }] };
  }
  const parsed = lexiconSchema.safeParse(raw);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) => ({
        file: LEXICON_FILE,
        field: issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, ''),
        message: issue.message,
      })),
    };
  const lexicon = parsed.data;
  const vocabulary = vocabularyOf(lexicon);
  const rows = [
    ...lexicon.terms.map((row, i) => ({ row, field: `terms[${i}]` })),
    ...lexicon.phrasings.flatMap((family, f) =>
      family.terms.map((row, i) => ({ row, field: `phrasings[${f}].terms[${i}]` })),
    ),
  ];
  return { lexicon, problems: lexiconRowProblems(rows, vocabulary) };
}

export const vocabularyOf = (lexicon: Lexicon): Vocabulary => ({
  subjects: new Set(Object.keys(lexicon.subjects)),
  problems: new Set(Object.keys(lexicon.problems)),
});

/** The lexicon's own problems, then every code's subjects and problems checked against it. */
export function lexiconProblemsIn(root: URL, codeFiles: readonly ParsedErrorFile[]): FileProblem[] {
  const { lexicon, problems } = parseLexicon(readContentFile(root, LEXICON_FILE));
  if (!lexicon) return problems;
  const vocabulary = vocabularyOf(lexicon);
  for (const { file, data } of codeFiles) problems.push(...codeMeaningProblems(file, data, vocabulary));
  return problems;
}
