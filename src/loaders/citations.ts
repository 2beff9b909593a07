import { citationProblems } from '../lib/content/citations';
import type { FileProblem } from '../lib/content/file-problem';
import type { ParsedErrorFile } from './error-file';
import type { GuideFile } from './guide-files';

/**
 * Checks every page's `sources` field against the bibliography's ids: the
 * code files and the guides, both already read. All the judgement is in
 * src/lib/content/citations.ts.
 */
export function citationProblemsIn(
  knownIds: ReadonlySet<string>,
  codeFiles: readonly ParsedErrorFile[],
  guides: readonly GuideFile[],
): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const { file, data, body, bodyLine } of codeFiles) {
    const aliasSources = (data.aliases ?? []).flatMap((alias) => (alias.source ? [alias.source] : []));
    problems.push(...citationProblems({ file, body, bodyLine, sources: data.sources, aliasSources }, knownIds));
  }
  for (const { file, frontMatter } of guides) {
    // A guide whose front matter does not parse is reported by the corpus check.
    if (!frontMatter.ok) continue;
    const { sources } = frontMatter.data;
    const ids = Array.isArray(sources) ? sources.map(String) : undefined;
    problems.push(
      ...citationProblems({ file, body: frontMatter.body, bodyLine: frontMatter.bodyLine, sources: ids }, knownIds),
    );
  }
  return problems;
}
