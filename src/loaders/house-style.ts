import { readdir, readFile } from 'node:fs/promises';
import { actionSupportProblems } from '../lib/content/action-support';
import { lintContent, lintShortTexts, parseGlossary, type LintProblem } from '../lib/content/content-lint';
import type { FileProblem } from '../lib/content/file-problem';
import { frontMatterShortTexts } from '../lib/content/short-texts';
import type { ParsedErrorFile } from './error-file';

const README = 'content/README.md';
const GUIDES = 'content/guides';

const asFileProblem = ({ file, line, field, rule, message }: LintProblem): FileProblem => ({
  file,
  line,
  field: field ?? 'body',
  message: `[${rule}] ${message}`,
});

/**
 * The house style of content/README.md, over the bodies and the short fields
 * of every code file and guide, and each code's `action` against its body.
 * Reads only; the rules are in src/lib/content/content-lint.ts and
 * src/lib/content/action-support.ts. The official messages are the code files' own
 * `message` fields (compared with the official list by the content tests).
 */
export async function houseStyleProblems(root: URL, codeFiles: readonly ParsedErrorFile[]): Promise<FileProblem[]> {
  const read = (path: string) => readFile(new URL(path, root), 'utf8');
  let glossary;
  try {
    glossary = parseGlossary(await read(README));
  } catch (error) {
    return [{ file: README, field: 'Glossary', message: (error as Error).message }];
  }
  const options = { glossary, officialTexts: codeFiles.map((f) => f.data.message) };

  const codes = await Promise.all(codeFiles.map(async (f) => ({ entry: f, text: await read(f.file) })));
  const guideNames = (await readdir(new URL(`${GUIDES}/`, root)))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('.'))
    .sort();
  const guides = await Promise.all(
    guideNames.map(async (name) => ({ file: `${GUIDES}/${name}`, text: await read(`${GUIDES}/${name}`) })),
  );

  const bodies = lintContent([...codes.map(({ entry, text }) => ({ file: entry.file, text })), ...guides], options);
  const shortTexts = lintShortTexts(
    [
      ...codes.flatMap(({ entry, text }) => frontMatterShortTexts(entry.file, text, 'code')),
      ...guides.flatMap(({ file, text }) => frontMatterShortTexts(file, text, 'guide')),
    ],
    options,
  );
  const actions = codes.flatMap(({ entry, text }) =>
    actionSupportProblems(entry.data.action, text).map(({ line, message }) => ({
      file: entry.file,
      line,
      field: 'action',
      message,
    })),
  );
  return [...bodies.map(asFileProblem), ...shortTexts.map(asFileProblem), ...actions];
}
