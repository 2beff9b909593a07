import { markdownToMdast, mdxToMdast } from 'satteri';
import { contentPolicyViolations, type PolicyNode } from '../lib/content/content-policy';
import type { FileProblem } from '../lib/content/file-problem';

/**
 * Checks a whole content file (front matter included, so lines are the
 * file's own) with the parser that renders the site: what is checked is
 * exactly what would be rendered. Links may go to the sites of the
 * bibliography's sources (`linkOrigins`).
 */
export function bodyPolicyProblems(file: string, source: string, linkOrigins: ReadonlySet<string>): FileProblem[] {
  const tree = (file.endsWith('.mdx') ? mdxToMdast(source) : markdownToMdast(source)) as unknown as PolicyNode;
  return contentPolicyViolations(tree, linkOrigins).map(({ line, found }) => ({
    file,
    line,
    field: 'body',
    message: found,
  }));
}
