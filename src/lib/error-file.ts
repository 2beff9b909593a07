/**
 * Reads and checks one content/errors/<code>.md file, and the corpus as a
 * whole. Every problem names the file and the field, because the person who
 * fixes it starts from the build log.
 */

import { parse as parseYaml } from 'yaml';
import { errorFrontmatterSchema, type ErrorFrontmatter } from '../schemas/error-code';
import { CATEGORIES, categoryOf, SUCCESS_CODE } from './categories';
import { requiredSections, splitErrorSections, type SectionMarkdown } from './error-sections';
import { relationProblems } from './relations';

export interface FileProblem {
  file: string;
  field?: string;
  message: string;
}

export interface ParsedErrorFile {
  file: string;
  code: number;
  data: ErrorFrontmatter;
  sections: SectionMarkdown;
}

export function formatProblem({ file, field, message }: FileProblem): string {
  return field ? `${file}: field "${field}": ${message}` : `${file}: ${message}`;
}

const FILE_NAME = /^(\d+)\.md$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

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

export function isOAuthRelated(code: number, data: Pick<ErrorFrontmatter, 'oauthErrors'>): boolean {
  return categoryOf(code)?.slug === 'oauth' || (data.oauthErrors?.length ?? 0) > 0;
}

/** Parses one file; `file` is its path as the author sees it (content/errors/100014.md). */
export function parseErrorFile(file: string, source: string): { entry?: ParsedErrorFile; problems: FileProblem[] } {
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

  const frontmatter = FRONTMATTER.exec(source);
  if (!frontmatter) {
    return {
      problems: [
        ...problems,
        { file, field: 'front matter', message: 'missing: the file must start with a "---" block' },
      ],
    };
  }
  let raw: unknown;
  try {
    raw = parseYaml(frontmatter[1]) ?? {};
  } catch (error) {
    return {
      problems: [...problems, { file, field: 'front matter', message: `invalid YAML: ${(error as Error).message}` }],
    };
  }

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
        const field = issue.path.join('.') || 'front matter';
        const missing = issue.code === 'invalid_type' && issue.input === undefined;
        problems.push({ file, field, message: missing ? 'is required' : issue.message });
      }
    }
  }

  const required = requiredSections(code === SUCCESS_CODE);
  const body = source.slice(frontmatter[0].length);
  const split = splitErrorSections(body, required);
  for (const message of split.problems) problems.push({ file, field: 'body', message });

  if (!parsed.success) return { problems };
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
  return { entry: { file, code, data, sections: split.sections }, problems };
}

/** Problems that only show across files: duplicate codes and broken relations. */
export function corpusProblems(entries: readonly ParsedErrorFile[]): FileProblem[] {
  const problems: FileProblem[] = [];
  const fileOfCode = new Map<number, string>();
  for (const { file, code } of entries) {
    const first = fileOfCode.get(code);
    if (first) problems.push({ file, field: 'file name', message: `duplicate code ${code}: also defined by ${first}` });
    else fileOfCode.set(code, file);
  }
  const exists = (code: number) => fileOfCode.has(code);
  for (const field of ['sameMeaning', 'related'] as const) {
    const declarations = entries.map(({ code, data }) => ({ code, targets: data[field] ?? [] }));
    for (const p of relationProblems(declarations, exists)) {
      problems.push({ file: fileOfCode.get(p.code)!, field, message: `${p.target}: ${p.problem}` });
    }
  }
  return problems;
}
