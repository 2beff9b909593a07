/** Reads the real content corpus for the content tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { formatProblem, parseErrorFile, type ParsedErrorFile } from '../../src/loaders/error-file';
import { guideSections } from '../../src/lib/content/guide-refs';
import { parseOfficialList } from '../../src/lib/content/official-list';
import { contentText } from '../../src/lib/content/text';

const root = new URL('../../', import.meta.url);
/** A content file as its readers see it: a BOM and CRLF line endings accepted, as everywhere content is read. */
export const readContentFile = (url: URL) => contentText(readFileSync(url, 'utf8'));
/** A file of the project, by its path from the root. */
export const read = (path: string) => readContentFile(new URL(path, root));

/** Our copy of the official list, kept verbatim as a fixture. */
export const official = parseOfficialList(read('tests/fixtures/global-error-codes.txt'));

/** The code files: README.md and dotfiles (editor swap files, .DS_Store) are not content, as in the loader. */
export const errorFileNames = readdirSync(new URL('content/errors/', root)).filter(
  (name) => name !== 'README.md' && !name.startsWith('.'),
);

export const errorFiles: ParsedErrorFile[] = errorFileNames.map((name) => {
  const file = `content/errors/${name}`;
  const { entry, problems } = parseErrorFile(file, read(file));
  if (!entry || problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  return entry;
});

export const guides = readdirSync(new URL('content/guides/', root))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('.'))
  .map((name) => {
    const source = read(`content/guides/${name}`);
    return { slug: name.replace(/\.mdx$/, ''), source, sectionIds: guideSections(source).map((s) => s.id) };
  });
