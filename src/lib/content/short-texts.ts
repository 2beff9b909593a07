/**
 * The short texts of a file, each with the line it is written on, for the
 * house-style lint (src/lib/content/content-lint.ts): the front-matter fields a
 * reader sees before the body, and the strings of an interface table.
 */

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ShortText } from './content-lint';

const FRONTMATTER = /^---\n([\s\S]*?)\n---/;

/** Front-matter fields that are prose; `advice` marks our advice, which never speaks for WPS. */
const PROSE_FIELDS = {
  code: [
    { field: 'title', advice: true },
    { field: 'nextStep', advice: true },
  ],
  guide: [
    { field: 'title', advice: false },
    { field: 'summary', advice: false },
  ],
} as const;

/**
 * The prose fields of a code file or guide: `title`, `nextStep` and each
 * alias's `text` of a code; `title` and `summary` of a guide. A field that
 * is missing or not text is left to the schema.
 */
export function frontMatterShortTexts(file: string, rawSource: string, kind: 'code' | 'guide'): ShortText[] {
  const source = rawSource.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = FRONTMATTER.exec(source);
  if (!match) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1], { lineCounter });
  if (document.errors.length || !isMap(document.contents)) return [];
  const root = document.contents;
  // The front matter starts on the file's second line, after "---".
  const lineOf = (node: Node) => (node.range ? lineCounter.linePos(node.range[0]).line + 1 : 1);
  const texts: ShortText[] = [];
  const add = (node: unknown, field: string, advice: boolean) => {
    if (isScalar(node) && typeof node.value === 'string') {
      texts.push({ file, line: lineOf(node), field, text: node.value, ...(advice && { advice }) });
    }
  };
  for (const { field, advice } of PROSE_FIELDS[kind]) add(root.get(field, true), field, advice);
  if (kind === 'code') {
    const aliases = root.get('aliases', true);
    if (isSeq(aliases)) {
      aliases.items.forEach((alias, i) => {
        if (isMap(alias)) add(alias.get('text', true), `aliases[${i}].text`, false);
      });
    }
  }
  return texts;
}

/**
 * The strings of an interface table (`{ 'area.key': '…' }`), each at the
 * line of its key in the table's source file.
 */
export function stringTableShortTexts(
  file: string,
  source: string,
  table: Readonly<Record<string, string>>,
): ShortText[] {
  const lines = source.split(/\r?\n/);
  return Object.entries(table).map(([key, text]) => {
    const index = lines.findIndex((l) => l.includes(`'${key}':`) || l.includes(`"${key}":`));
    if (index < 0) throw new Error(`${file}: key "${key}" not found in the source`);
    return { file, line: index + 1, field: key, text };
  });
}
