/** Reads the real content corpus for the content tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { formatProblem, parseErrorFile, type ParsedErrorFile } from '../../src/loaders/error-file';
import { guideSections } from '../../src/lib/content/guide-refs';

const root = new URL('../../', import.meta.url);
export const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

export { official } from './official-list';

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
