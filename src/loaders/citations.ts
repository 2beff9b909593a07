import { readdir, readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { citationProblems } from '../lib/content/citations';
import type { FileProblem } from '../lib/content/file-problem';
import type { ParsedErrorFile } from './error-file';
import { parseSources, SOURCES_FILE } from '../lib/content/sources';

const GUIDES = 'content/guides';
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Checks the bibliography and every page's `sources` field: the code files
 * (already parsed by the loader) and the guides (read here, because the guide
 * collection's own loader cannot see across files). Reads only; all the
 * judgement is in src/lib/content/citations.ts and src/lib/content/sources.ts.
 */
export async function citationProblemsIn(root: URL, codeFiles: readonly ParsedErrorFile[]): Promise<FileProblem[]> {
  const read = (path: string) => readFile(new URL(path, root), 'utf8');
  const { sources, problems } = parseSources(await read(SOURCES_FILE));
  // A broken bibliography would make every citation look unknown: report it alone.
  if (problems.length) return problems;
  const known = new Set(sources.map((s) => s.id));

  for (const { file, data } of codeFiles) {
    const aliasSources = (data.aliases ?? []).flatMap((alias) => (alias.source ? [alias.source] : []));
    problems.push(...citationProblems({ file, source: await read(file), sources: data.sources, aliasSources }, known));
  }
  const guideNames = (await readdir(new URL(`${GUIDES}/`, root))).filter((name) => name.endsWith('.mdx')).sort();
  for (const name of guideNames) {
    const file = `${GUIDES}/${name}`;
    const source = await read(file);
    const frontmatter = (parseYaml(FRONTMATTER.exec(source)?.[1] ?? '') ?? {}) as { sources?: unknown };
    const ids = Array.isArray(frontmatter.sources) ? frontmatter.sources.map(String) : undefined;
    problems.push(...citationProblems({ file, source, sources: ids }, known));
  }
  return problems;
}
