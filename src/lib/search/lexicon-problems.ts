/**
 * Checks that the lexicon and the codes speak one vocabulary: every row names
 * a subject or a problem that the vocabulary declares, and so does every
 * code's `subjects` and `problems`. A typo would otherwise make a code
 * silently unfindable by its meaning.
 */
import type { FileProblem } from '../content/file-problem';
import type { LexiconTerm } from './meaning';

export const LEXICON_FILE = 'content/lexicon.yaml';

export interface Vocabulary {
  subjects: ReadonlySet<string>;
  problems: ReadonlySet<string>;
}

/** Rows that name an undeclared id, or nothing at all. */
export function lexiconRowProblems(
  rows: readonly { row: LexiconTerm; field: string }[],
  vocabulary: Vocabulary,
): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const { row, field } of rows) {
    if (!row.subjects?.length && !row.problems?.length)
      problems.push({ file: LEXICON_FILE, field, message: 'names no subject and no problem' });
    for (const kind of ['subjects', 'problems'] as const)
      for (const id of row[kind] ?? [])
        if (!vocabulary[kind].has(id))
          problems.push({
            file: LEXICON_FILE,
            field: `${field}.${kind}`,
            message: `"${id}" is not declared under ${kind}:`,
          });
  }
  return problems;
}

/** A code's `subjects` or `problems` that the vocabulary does not declare. */
export function codeMeaningProblems(
  file: string,
  declared: { subjects?: readonly string[]; problems?: readonly string[] },
  vocabulary: Vocabulary,
): FileProblem[] {
  return (['subjects', 'problems'] as const).flatMap((kind) =>
    (declared[kind] ?? [])
      .filter((id) => !vocabulary[kind].has(id))
      .map((id) => ({
        file,
        field: kind,
        message: `"${id}" is not in the ${kind} of ${LEXICON_FILE} (known: ${[...vocabulary[kind]].join(', ')})`,
      })),
  );
}
