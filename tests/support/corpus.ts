/** Reads the real content corpus for the content tests, through the loader's own reader and checks. */
import { formatProblem } from '../../src/lib/content/file-problem';
import { checkCorpus } from '../../src/loaders/corpus';
import { ERRORS_FOLDER, listContentFolder, readContentFile } from '../../src/loaders/content-reader';
import type { ParsedErrorFile } from '../../src/loaders/error-file';

const root = new URL('../../', import.meta.url);
/** A project file's text, normalized as the loader reads it. */
export const read = (path: string) => readContentFile(root, path);

export { official } from './official-list';

/** The code files, as the loader lists them: README.md and dotfiles (editor swap files, .DS_Store) are not content. */
export const errorFileNames = listContentFolder(root, ERRORS_FOLDER).map((item) => item.name);

// The whole corpus, checked as the build checks it: a problem stops the content tests as it stops the build.
const corpus = checkCorpus(root);
if (corpus.problems.length) throw new Error(corpus.problems.map(formatProblem).join('\n'));

export const errorFiles: ParsedErrorFile[] = corpus.codes;

export const guides = corpus.guides.map(({ slug, file, source, frontMatter, sections }) => ({
  slug,
  file,
  source,
  /** The guide's front matter; it parsed, or the check above would have thrown. */
  data: frontMatter.ok ? frontMatter.data : {},
  sectionIds: sections.map((s) => s.id),
}));
