/**
 * What a content body may contain. The site's pages carry a strict CSP, but
 * a <meta http-equiv="refresh"> redirect, a javascript: link or a link to an
 * arbitrary host would still reach readers through a body, so bodies are
 * held to what the content needs: Markdown text, the guide components, links
 * within the page and links to the sites of the public sources the site cites
 * (the origins of the addresses in content/sources.yaml, passed in by the
 * loader). Anything else fails the build with the file, the line and what was
 * found.
 *
 * Works on the Markdown syntax tree (mdast, as produced by the parser that
 * renders the site), so every spelling of a link (inline, reference,
 * autolink, bare URL) and every form of raw HTML is seen the same way.
 */

export interface PolicyNode {
  type: string;
  url?: string;
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: PolicyNode[];
}

export interface PolicyViolation {
  line?: number;
  found: string;
}

/** The components a guide may use (see content/README.md). */
export const GUIDE_COMPONENTS = [
  'Section',
  'Callout',
  'Steps',
  'CodeRef',
  'OfficialQuote',
  'Wps365ErrorTable',
] as const;

const short = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
};

/**
 * Why a link target is not allowed, or undefined when it is. `allowedOrigins`
 * are the sites bodies may link to (`https://open.wps.cn`): a link elsewhere
 * is a mistake or an injection.
 */
export function linkProblem(target: string, allowedOrigins: ReadonlySet<string>): string | undefined {
  // Browsers ignore control characters and spaces around and inside a scheme.
  // eslint-disable-next-line no-control-regex -- exactly those characters are meant
  const url = target.replace(/[\u0000-\u0020]/g, '');
  if (url.startsWith('#')) return undefined;
  if (url.startsWith('//')) return `protocol-relative link "${short(target)}": write the full https:// address`;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined)
    return `relative link "${short(target)}": bodies link only to sections (#id) and to listed sources; codes and guides are linked by the page`;
  if (scheme !== 'https' && scheme !== 'http') return `${scheme}: link "${short(target)}" is not allowed`;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return `malformed link "${short(target)}"`;
  }
  if (!allowedOrigins.has(origin))
    return `link to ${origin} ("${short(target)}"): no source in content/sources.yaml is on that site; add the source first`;
  return undefined;
}

/** A JSX attribute value a guide may pass: a plain string, or a number or string literal in braces. */
function isLiteral(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'string') return true;
  const expression = (value as { value?: unknown }).value;
  return typeof expression === 'string' && /^\s*(?:-?\d+|"[^"]*"|'[^']*')\s*$/.test(expression);
}

/** Everything in a body's syntax tree the policy forbids, each with its line. */
export function contentPolicyViolations(tree: PolicyNode, allowedOrigins: ReadonlySet<string>): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const visit = (node: PolicyNode) => {
    const line = node.position?.start.line;
    const report = (found: string) => violations.push({ line, found });
    switch (node.type) {
      case 'html':
        report(`raw HTML ${short(String(node.value))}: write Markdown instead`);
        break;
      case 'image':
        report(`image "${short(node.url ?? '')}": bodies have no images`);
        break;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '', allowedOrigins);
        if (problem) report(problem);
        break;
      }
      case 'mdxjsEsm':
        report(`import or export "${short(String(node.value))}": components need no import`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(`expression {${short(String(node.value))}}: bodies hold text, not code`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!(GUIDE_COMPONENTS as readonly string[]).includes(name)) {
          report(`element <${name}>: only ${GUIDE_COMPONENTS.map((c) => `<${c}>`).join(', ')} are allowed`);
          break;
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute') report(`spread attribute in <${name}>`);
          else if (!isLiteral(attribute.value)) report(`expression in <${name} ${attribute.name ?? ''}={…}>`);
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return violations;
}
