import { actionSupportProblems } from '../lib/content/action-support';
import { lintContent, lintShortTexts, parseGlossary, type LintProblem } from '../lib/content/content-lint';
import type { FileProblem } from '../lib/content/file-problem';
import { frontMatterShortTexts } from '../lib/content/short-texts';
import { readContentFile, splitFrontMatter } from './content-reader';
import type { ParsedErrorFile } from './error-file';
import type { GuideFile } from './guide-files';

const README = 'content/README.md';

const asFileProblem = ({ file, line, field, rule, message }: LintProblem): FileProblem => ({
  file,
  line,
  field: field ?? 'body',
  message: `[${rule}] ${message}`,
});

/**
 * The house style of content/README.md, over the bodies and the short fields
 * of every code file and guide, and each code's `action` against its body.
 * `codeSources` are the code files' texts, as read by the corpus check. The
 * rules are in src/lib/content/content-lint.ts and
 * src/lib/content/action-support.ts; the official messages are the code
 * files' own `message` fields (compared with the official list by the tests).
 */
export function houseStyleProblems(
  root: URL,
  codes: readonly ParsedErrorFile[],
  codeSources: ReadonlyMap<string, string>,
  guides: readonly GuideFile[],
): FileProblem[] {
  let glossary;
  try {
    glossary = parseGlossary(readContentFile(root, README));
  } catch (error) {
    return [{ file: README, field: 'Glossary', message: (error as Error).message }];
  }
  const options = { glossary, officialTexts: codes.map((c) => c.data.message) };
  const files = [
    ...codes.flatMap(({ file }) => {
      const text = codeSources.get(file);
      return text === undefined ? [] : [{ file, text, kind: 'code' as const }];
    }),
    ...guides.map(({ file, source }) => ({ file, text: source, kind: 'guide' as const })),
  ];

  const bodies = lintContent(
    files.map(({ file, text }) => ({ file, text, bodyLine: splitFrontMatter(text)?.bodyLine ?? 1 })),
    options,
  );
  const shortTexts = lintShortTexts(
    files.flatMap(({ file, text, kind }) => frontMatterShortTexts(file, text, kind)),
    options,
  );
  const actions = codes.flatMap(({ file, data }) =>
    actionSupportProblems(data.action, codeSources.get(file) ?? '').map(({ line, message }) => ({
      file,
      line,
      field: 'action',
      message,
    })),
  );
  return [...bodies.map(asFileProblem), ...shortTexts.map(asFileProblem), ...actions];
}
