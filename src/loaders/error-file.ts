/**
 * Reads and checks one content/errors/<code>.md file, and the corpus as a
 * whole. Every problem names the file and the field, because the person who
 * fixes it starts from the build log.
 */

import { CATEGORIES, categoryOf, isOAuthRelated, SUCCESS_CODE } from '../lib/content/categories';
import { requiredSections, splitErrorSections, type SectionMarkdown } from '../lib/content/error-sections';
import { parseGuideRef } from '../lib/content/guide-refs';
import { relationProblems } from '../lib/content/relations';
import { errorFrontmatterSchema, type ErrorFrontmatter } from '../schemas/error-code';
import { formatProblem, type FileProblem } from '../lib/content/file-problem';
import { readFrontMatter } from './content-reader';

export { formatProblem, type FileProblem };

export interface ParsedErrorFile {
  file: string;
  code: number;
  data: ErrorFrontmatter;
  sections: SectionMarkdown;
  /** The text after the front matter, and the file's line it starts on. */
  body: string;
  bodyLine: number;
}

const FILE_NAME = /^(\d+)\.md$/;

/** Fields that exist on every page but are computed, so writing them is always a mistake. */
const DERIVED_FIELDS: Record<string, string> = {
  code: 'the code is the file name; remove this field',
  category: "the category follows from the code's range; remove this field",
};

export function codeFromFileName(fileName: string): number | undefined {
  const match = FILE_NAME.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

function rangeList(): string {
  return CATEGORIES.map((c) => (c.range ? `${c.range[0]}–${c.range[1]}` : c.rangeLabel)).join(', ');
}

/** What reading one file gives: its code (from a valid file name, even if the rest is broken), entry and problems. */
export interface ParseResult {
  code?: number;
  entry?: ParsedErrorFile;
  problems: FileProblem[];
}

/**
 * Parses one file's front matter and sections; `file` is its path as the author
 * sees it (content/errors/100014.md). A byte-order mark and Windows line
 * endings, which editors add, are accepted (src/loaders/content-reader.ts).
 * What the body may contain is checked across the corpus (src/loaders/corpus.ts),
 * against the bibliography.
 */
export function parseErrorFile(file: string, source: string): ParseResult {
  const problems: FileProblem[] = [];
  const fileName = file.split('/').pop() ?? file;
  const code = codeFromFileName(fileName);
  if (code === undefined) {
    return {
      problems: [{ file, field: 'file name', message: 'must be the error code followed by .md, e.g. 100014.md' }],
    };
  }
  if (String(code) !== fileName.replace(/\.md$/, '')) {
    problems.push({ file, field: 'file name', message: `must be written without leading zeros: ${code}.md` });
  }
  if (!categoryOf(code)) {
    problems.push({
      file,
      field: 'file name',
      message: `code ${code} is outside every category range (${rangeList()})`,
    });
  }

  const frontMatter = readFrontMatter(source);
  if (!frontMatter.ok) {
    return { code, problems: [...problems, { file, field: 'front matter', message: frontMatter.problem }] };
  }
  const raw = frontMatter.data;

  const parsed = errorFrontmatterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push({
            file,
            field: key,
            message: DERIVED_FIELDS[key] ?? 'unknown field (see content/README.md for the allowed fields)',
          });
        }
      } else {
        problems.push({ file, field: issue.path.join('.') || 'front matter', message: issueMessage(issue, raw) });
      }
    }
  }

  const required = requiredSections(code === SUCCESS_CODE);
  const { body, bodyLine } = frontMatter;
  const split = splitErrorSections(body, required);
  for (const message of split.problems) problems.push({ file, field: 'body', message });

  if (!parsed.success) return { code, problems };
  const data = parsed.data;
  if (code !== SUCCESS_CODE && !data.action) problems.push({ file, field: 'action', message: 'is required' });
  if (code === SUCCESS_CODE && data.action)
    problems.push({ file, field: 'action', message: 'code 0 is success and takes no action' });
  if (code !== SUCCESS_CODE && !data.nextStep) problems.push({ file, field: 'nextStep', message: 'is required' });
  if (code === SUCCESS_CODE && data.nextStep)
    problems.push({ file, field: 'nextStep', message: 'code 0 is success and needs no next step' });
  if (code !== SUCCESS_CODE && isOAuthRelated(code, data) && !data.guides?.length) {
    problems.push({ file, field: 'guides', message: 'an OAuth-related code must link at least one guide section' });
  }
  // The entry is returned even when the file has problems, so that the corpus
  // checks (duplicates, relations) can still report across files.
  return { code, entry: { file, code, data, sections: split.sections, body, bodyLine }, problems };
}

type SchemaIssue = NonNullable<ReturnType<typeof errorFrontmatterSchema.safeParse>['error']>['issues'][number];

/**
 * Zod 4 leaves the offending value out of its issues, so "is required" and
 * "has the wrong type" are told apart by looking the field up in the YAML.
 */
function issueMessage(issue: SchemaIssue, raw: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const value = issue.path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    raw,
  );
  if (value === undefined) return 'is required';
  const expected = EXPECTED_WORDING[issue.expected] ?? issue.expected;
  return `must be ${expected}, but is ${describeValue(value)}`;
}

const EXPECTED_WORDING: Record<string, string> = {
  string: 'text (a string; quote it if YAML reads it as something else)',
  number: 'a number',
  array: 'a list, e.g. [a, b, c]',
  object: 'a mapping of fields',
  boolean: 'true or false',
};

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value} ${JSON.stringify(value) ?? ''}`;
}

/**
 * Problems that only show across files: duplicate codes and broken relations.
 * `otherCodes` are codes whose files exist but failed to parse: they still
 * count as documented, so one broken file is reported once, not again as a
 * missing target in every file that relates to it.
 */
export function corpusProblems(entries: readonly ParsedErrorFile[], otherCodes: readonly number[] = []): FileProblem[] {
  const problems: FileProblem[] = [];
  const fileOfCode = new Map<number, string>();
  for (const { file, code } of entries) {
    const first = fileOfCode.get(code);
    if (first) problems.push({ file, field: 'file name', message: `duplicate code ${code}: also defined by ${first}` });
    else fileOfCode.set(code, file);
  }
  const known = new Set([...fileOfCode.keys(), ...otherCodes]);
  const exists = (code: number) => known.has(code);
  for (const field of ['sameMeaning', 'related'] as const) {
    const declarations = entries.map(({ code, data }) => ({ code, targets: data[field] ?? [] }));
    for (const p of relationProblems(declarations, exists)) {
      problems.push({ file: fileOfCode.get(p.code)!, field, message: `${p.target}: ${p.problem}` });
    }
  }
  return problems;
}

/**
 * Every guide reference that names no guide or no section of it, all at once.
 * `sectionsOfGuide` maps a guide slug to the section ids its file declares.
 */
export function guideRefProblems(
  entries: readonly ParsedErrorFile[],
  sectionsOfGuide: ReadonlyMap<string, readonly string[]>,
): FileProblem[] {
  return entries.flatMap(({ file, data }) =>
    (data.guides ?? []).flatMap((ref): FileProblem[] => {
      const parsed = parseGuideRef(ref);
      if (!parsed) return [];
      const sections = sectionsOfGuide.get(parsed.slug);
      if (!sections) return [{ file, field: 'guides', message: `no guide "${parsed.slug}" in content/guides/` }];
      if (sections.includes(parsed.section)) return [];
      return [
        {
          file,
          field: 'guides',
          message: `guide "${parsed.slug}" has no section "${parsed.section}" (it has: ${sections.join(', ')})`,
        },
      ];
    }),
  );
}
