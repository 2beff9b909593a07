/**
 * The sections of a code page, declared once: the schema, the loader, the
 * page's blocks, its "on this page" list and the tests all read this file.
 *
 * The body of an error-code file is a fixed sequence of "## " sections. Each
 * Chinese heading (the content's syntax) maps to a permanent ASCII anchor, so
 * that support tickets can link a section (…/errors/100014/#fix) with a
 * readable URL. `onSuccessPage` marks the sections code 0 has too.
 */

export const ERROR_SECTIONS = [
  { id: 'meaning', heading: '含义', onSuccessPage: true },
  { id: 'causes', heading: '常见原因', onSuccessPage: false },
  { id: 'fix', heading: '解决方法', onSuccessPage: false },
] as const;

export type ErrorSection = (typeof ERROR_SECTIONS)[number];
export type ErrorSectionId = ErrorSection['id'];

/** Sections the page generates itself, after the written ones. */
export const GENERATED_SECTIONS = [{ id: 'example' }, { id: 'related' }, { id: 'sources' }] as const;

export type PageSectionId = ErrorSectionId | (typeof GENERATED_SECTIONS)[number]['id'];

/** Every section of a code page, in page order (the permanent anchors). */
export const PAGE_SECTION_IDS: readonly PageSectionId[] = [
  ...ERROR_SECTIONS.map((s) => s.id),
  ...GENERATED_SECTIONS.map((s) => s.id),
];

/** The written sections a code's file must have. */
export function requiredSections(isSuccessCode: boolean): ErrorSectionId[] {
  return ERROR_SECTIONS.filter((s) => !isSuccessCode || s.onSuccessPage).map((s) => s.id);
}

export type SectionMarkdown = Partial<Record<ErrorSectionId, string>>;

export interface SplitResult {
  sections: SectionMarkdown;
  problems: string[];
}

const HEADING = /^##\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** Splits a body into its sections and reports every departure from the template. */
export function splitErrorSections(body: string, required: readonly ErrorSectionId[]): SplitResult {
  const sections: SectionMarkdown = {};
  const problems: string[] = [];
  const order: ErrorSectionId[] = [];
  // 'rejected' collects the text under a heading already reported as wrong,
  // so it is not reported a second time as stray text.
  let current: ErrorSectionId | 'rejected' | null = null;
  let buffer: string[] = [];
  let inFence = false;

  const flush = () => {
    const text = buffer.join('\n').trim();
    buffer = [];
    if (current === 'rejected') return;
    if (current) sections[current] = text;
    else if (text) problems.push('text before the first section heading ("## 含义")');
  };

  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (!heading) {
      buffer.push(line);
      continue;
    }
    flush();
    const known = ERROR_SECTIONS.find((s) => s.heading === heading[1]);
    if (!known) {
      problems.push(`unknown section "## ${heading[1]}" (allowed: ${ERROR_SECTIONS.map((s) => s.heading).join(', ')})`);
      current = 'rejected';
    } else if (order.includes(known.id)) {
      problems.push(`section "## ${known.heading}" appears twice`);
      current = 'rejected';
    } else {
      order.push(known.id);
      current = known.id;
    }
  }
  flush();

  for (const id of required) {
    const heading = ERROR_SECTIONS.find((s) => s.id === id)!.heading;
    if (sections[id] === undefined) problems.push(`missing section "## ${heading}"`);
    else if (sections[id] === '') problems.push(`section "## ${heading}" is empty`);
  }
  const expectedOrder = ERROR_SECTIONS.map((s) => s.id).filter((id) => order.includes(id));
  if (order.join() !== expectedOrder.join()) {
    problems.push(`sections must come in the order ${ERROR_SECTIONS.map((s) => s.heading).join(' → ')}`);
  }
  return { sections, problems };
}

/** The body again, in template order, from its sections (for rendering it in one pass). */
export function joinSections(sections: SectionMarkdown): string {
  return ERROR_SECTIONS.filter(({ id }) => sections[id] !== undefined)
    .map(({ id, heading }) => `## ${heading}\n\n${sections[id]}`)
    .join('\n\n');
}

const RENDERED_HEADING = /<h2\b[^>]*>([\s\S]*?)<\/h2>/g;

/**
 * Splits the HTML of a whole rendered body back into its sections, keyed by
 * anchor id; the headings themselves are dropped (the page renders its own).
 * Rendering once and splitting is three times cheaper than rendering each
 * section, which matters at thousands of codes.
 */
export function splitRenderedSections(html: string): Partial<Record<ErrorSectionId, string>> {
  const headings = [...html.matchAll(RENDERED_HEADING)];
  const sections: Partial<Record<ErrorSectionId, string>> = {};
  headings.forEach((match, i) => {
    const text = match[1].replace(/<[^>]+>/g, '').trim();
    const section = ERROR_SECTIONS.find((s) => s.heading === text);
    if (!section) throw new Error(`rendered body has an unexpected heading "${text}"`);
    const end = i + 1 < headings.length ? headings[i + 1].index : html.length;
    sections[section.id] = html.slice(match.index + match[0].length, end).trim();
  });
  return sections;
}
