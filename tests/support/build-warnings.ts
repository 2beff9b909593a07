/**
 * The warnings in a build's output that concern the project's own files
 * (content/ and src/): a build of a healthy tree prints none. Warnings that
 * name no file of ours (the SITE_URL reminder, a dependency's own notices)
 * are left to their authors.
 */

// eslint-disable-next-line no-control-regex -- terminal colour codes are what is being removed
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;
const WARNING = /\bwarn(?:ing)?\b/i;
/** A path token that reaches into content/ or src/, relative or absolute. */
const PATH_INTO_OWN_TREE = /[\w./@-]*\b(?:content|src)\/[\w./@?=-]+/g;

export function ownWarnings(buildOutput: string): string[] {
  return buildOutput
    .replace(ANSI_COLOUR, '')
    .split(/\r?\n/)
    .filter(
      (line) =>
        WARNING.test(line) && (line.match(PATH_INTO_OWN_TREE) ?? []).some((path) => !path.includes('node_modules/')),
    )
    .map((line) => line.trim());
}
