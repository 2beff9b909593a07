/**
 * The guides, read once per build and shared: the guides loader stores them,
 * and the error-code loader needs their section ids, citations and bodies.
 * In dev the loaders forget the read when a guide changes, so the next load
 * reads the folder again.
 */
import { guideSections, type GuideSection } from '../lib/content/guide-refs';
import {
  GUIDES_FOLDER,
  guideSlug,
  listGuideFiles,
  readContentFile,
  readFrontMatter,
  type FrontMatter,
} from './content-reader';

export interface GuideFile {
  slug: string;
  /** Path as the author sees it, e.g. content/guides/token-refresh.mdx. */
  file: string;
  /** The whole text, normalized (line numbers are the file's own). */
  source: string;
  frontMatter: FrontMatter;
  /** The <Section> blocks it declares, in order. */
  sections: GuideSection[];
}

const read = new Map<string, GuideFile[]>();

/** Every guide of the folder, in file-name order, read at most once until forgotten. */
export function guideFiles(root: URL, folder: string = GUIDES_FOLDER): GuideFile[] {
  const key = new URL(folder, root).href;
  let guides = read.get(key);
  if (!guides) {
    guides = listGuideFiles(root, folder).map(({ name, file }) => {
      const source = readContentFile(root, file);
      return {
        slug: guideSlug(name),
        file,
        source,
        frontMatter: readFrontMatter(source),
        sections: guideSections(source),
      };
    });
    read.set(key, guides);
  }
  return guides;
}

/** Drops the shared read, so that the next call reads the files again (a guide changed in dev). */
export function forgetGuideFiles(): void {
  read.clear();
}
