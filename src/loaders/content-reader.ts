/**
 * The one reader of content files: which files of content/errors and
 * content/guides are content, how their text is read, and how the front
 * matter is split off and parsed. The loaders, the tests and the benchmark
 * all read content through it, so they all see the same files the same way.
 *
 * It imports only Node and packages, and uses only erasable TypeScript: the
 * benchmark (plain JavaScript) imports this file with Node's type stripping.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export const ERRORS_FOLDER = 'content/errors';
export const GUIDES_FOLDER = 'content/guides';
export const GUIDE_EXTENSION = '.mdx';

/** Files in a content folder that are documentation for authors, not content. */
const NOT_CONTENT = new Set(['README.md']);

/**
 * Text as its author wrote it: the byte-order mark and the Windows (or old
 * Mac) line endings that editors add are dropped. Every line break stays one
 * line break, so line numbers are the file's own.
 */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A content file's text, normalized; `file` is relative to `root` (content/errors/100014.md). */
export function readContentFile(root: URL, file: string): string {
  return normalizeText(readFileSync(new URL(file, root), 'utf8'));
}

export interface FolderItem {
  name: string;
  /** Path as the author sees it, e.g. content/errors/100014.md. */
  file: string;
  isFile: boolean;
}

/**
 * What a content folder holds, sorted by name: everything but the authors'
 * README.md and dotfiles (editor swap files, .DS_Store), which are never
 * content. Folders are listed too, so that a loader can report them.
 */
export function listContentFolder(root: URL, folder: string): FolderItem[] {
  const directory = folder.replace(/\/+$/, '');
  return readdirSync(new URL(`${directory}/`, root), { withFileTypes: true })
    .filter((item) => !NOT_CONTENT.has(item.name) && !item.name.startsWith('.'))
    .map((item) => ({ name: item.name, file: `${directory}/${item.name}`, isFile: item.isFile() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The guide files (`<slug>.mdx`) of a guides folder. */
export function listGuideFiles(root: URL, folder: string = GUIDES_FOLDER): FolderItem[] {
  return listContentFolder(root, folder).filter((item) => item.isFile && item.name.endsWith(GUIDE_EXTENSION));
}

/** A guide's slug, from its file name. */
export const guideSlug = (name: string): string => name.slice(0, -GUIDE_EXTENSION.length);

/** The `---` block that opens a content file, up to and including its closing line. */
const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export interface FrontMatterSplit {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/** Splits the front matter off a file's text (normalized first); undefined when the file has none. */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const source = normalizeText(text);
  const match = FRONT_MATTER.exec(source);
  if (!match) return undefined;
  return {
    yaml: match[1],
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1),
  };
}

export type FrontMatter =
  (FrontMatterSplit & { ok: true; data: Record<string, unknown> }) | { ok: false; problem: string };

/**
 * The front matter as data. A missing block, YAML that does not parse and
 * YAML that is not a mapping are problems, worded for the file's author.
 */
export function readFrontMatter(text: string): FrontMatter {
  const split = splitFrontMatter(text);
  if (!split) return { ok: false, problem: 'missing: the file must start with a "---" block' };
  let data: unknown;
  try {
    data = parseYaml(split.yaml) ?? {};
  } catch (error) {
    return { ok: false, problem: `invalid YAML: ${(error as Error).message}` };
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null)
    return { ok: false, problem: 'must be a mapping of fields (name: value), one per line' };
  return { ...split, ok: true, data: data as Record<string, unknown> };
}
