/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern on a
 * line of its own, then the headers of that path, one `Name: value` per
 * indented line; `#` starts a comment. The build writes it with
 * `serializeHeadersFile`, and the local server (scripts/serve.ts) reads it
 * back with `parseHeadersFile` and `headersFor`, so that what the file
 * declares is what `npm start` and the tests receive.
 *
 * Patterns are matched as Cloudflare Pages matches them, which is the
 * stricter of the two hosts: `*` (one per pattern) stands for any run of
 * characters, slashes included; `:name` for one path segment; the rest is
 * literal and case-sensitive, and the pattern must cover the whole path.
 * Netlify accepts every path Cloudflare does (it also ignores case and a
 * trailing slash), so a path matched here is matched on both.
 */

export interface HeaderRule {
  /** The path pattern, e.g. `/*` or `/*.md`. */
  pattern: string;
  /** Header name → value, in the order written. */
  headers: Record<string, string>;
}

export interface ParsedHeaderRule extends HeaderRule {
  /** The line of the pattern, from 1. */
  line: number;
}

export class HeadersFileError extends Error {}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Reads a `_headers` file; a line it cannot read is an error naming the file and the line. */
export function parseHeadersFile(text: string, file = '_headers'): ParsedHeaderRule[] {
  const rules: ParsedHeaderRule[] = [];
  const fail = (line: number, problem: string): never => {
    throw new HeadersFileError(`${file}:${line}: ${problem}`);
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!trimmed.startsWith('/'))
        fail(line, `"${trimmed}" is not a path pattern: a pattern starts with "/" and its headers are indented`);
      if (trimmed.split('*').length > 2)
        fail(line, `"${trimmed}" has more than one "*", which Cloudflare Pages rejects`);
      rules.push({ pattern: trimmed, headers: {}, line });
      return;
    }
    const rule = rules.at(-1) ?? fail(line, 'a header comes before any path pattern');
    const colon = trimmed.indexOf(':');
    const name = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    if (!HEADER_NAME.test(name)) fail(line, `"${trimmed}" is not a header: expected "Name: value"`);
    const value = trimmed.slice(colon + 1).trim();
    // Both hosts join a header given twice for one path with a comma.
    rule.headers[name] = name in rule.headers ? `${rule.headers[name]}, ${value}` : value;
  });
  return rules;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The regular expression of a path pattern (see the top of this file). */
export function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => escapeRegExp(part).replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/**
 * The headers a host sends for `pathname`: those of every rule that matches
 * it, in file order. A header set by several rules gets their values joined
 * with a comma, as both hosts do; names are compared without case.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out = new Map<string, [name: string, value: string]>();
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(pathname)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      const previous = out.get(key);
      out.set(key, previous ? [previous[0], `${previous[1]}, ${value}`] : [name, value]);
    }
  }
  return Object.fromEntries(out.values());
}

/** Writes rules in the file's format, one blank line between rules. */
export function serializeHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(({ pattern, headers }) =>
      [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}
