import { readdir, readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { joinSections, splitRenderedSections } from '../lib/content/error-sections';
import { guideSections } from '../lib/content/guide-refs';
import { bodyPolicyProblems } from './body-policy';
import { reportContentProblem } from './content-problems';
import {
  corpusProblems,
  formatProblem,
  guideRefProblems,
  parseErrorFile,
  type FileProblem,
  type ParsedErrorFile,
} from './error-file';
import { citationProblemsIn } from './citations';
import { lexiconProblemsIn } from './lexicon';

/** Files in the folder that are documentation for authors, not codes. */
const NOT_CONTENT = new Set(['README.md']);

export interface ErrorCodesLoaderOptions {
  /** The folder of code files, e.g. "content/errors". */
  directory: string;
  /** The folder of guides, whose sections the codes' `guides` fields name. */
  guides: string;
}

/**
 * Loads content/errors/<code>.md. Astro's glob loader would accept any file
 * name and report schema errors by entry id; this loader checks the whole
 * corpus first (file names, template sections, duplicates, relations, guide
 * references) and fails the build with every problem, each naming its file
 * and field. Each file is validated once, here; the collection's schema
 * (src/content.config.ts) is not applied a second time.
 */
export function errorCodesLoader(options: ErrorCodesLoaderOptions): Loader {
  return {
    name: 'error-codes-loader',
    async load(context) {
      // A build fails on the first problem; the dev server keeps running and
      // shows the problem in the browser until the content is fixed.
      const load = async () => {
        try {
          await loadCorpus(options, context);
          reportContentProblem(undefined);
        } catch (error) {
          if (!context.watcher) throw error;
          const message = error instanceof Error ? error.message : String(error);
          context.logger.error(message);
          reportContentProblem(message);
        }
      };
      await load();
      // Relations and guide references are checked across files, so in dev
      // any change in either folder reloads the whole corpus.
      const folders = [options.directory, options.guides].map((d) => folderUrl(d, context.config.root).pathname);
      for (const folder of folders) context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        if (folders.some((folder) => path.startsWith(folder))) void load();
      });
    },
  };
}

const folderUrl = (directory: string, root: URL) => new URL(directory.replace(/\/?$/, '/'), root);
const displayPath = (directory: string, name: string) => `${directory.replace(/\/$/, '')}/${name}`;

/**
 * The guides, read here too: the codes' guide references need their section
 * ids, and their bodies are held to the same content policy as the codes'.
 */
async function readGuides(directory: string, root: URL) {
  const folder = folderUrl(directory, root);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx') && !name.startsWith('.')).sort();
  const sections = new Map<string, string[]>();
  const problems: FileProblem[] = [];
  for (const name of names) {
    const source = await readFile(new URL(name, folder), 'utf8');
    sections.set(
      name.replace(/\.mdx$/, ''),
      guideSections(source).map((s) => s.id),
    );
    problems.push(...bodyPolicyProblems(displayPath(directory, name), source));
  }
  return { sections, problems };
}

async function loadCorpus({ directory, guides }: ErrorCodesLoaderOptions, context: LoaderContext) {
  const { store, config, logger } = context;
  const folder = folderUrl(directory, config.root);
  // Dotfiles (editor swap files, .DS_Store) are never content.
  const items = (await readdir(folder, { withFileTypes: true }))
    .filter((item) => !NOT_CONTENT.has(item.name) && !item.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));

  const problems: FileProblem[] = [];
  const parsed: ParsedErrorFile[] = [];
  const brokenCodes: number[] = [];
  for (const item of items) {
    const file = displayPath(directory, item.name);
    if (!item.isFile()) {
      problems.push({
        file,
        message: `is a folder; sub-folders are not read: put each <code>.md directly in ${directory}/`,
      });
      continue;
    }
    const result = parseErrorFile(file, await readFile(new URL(item.name, folder), 'utf8'));
    problems.push(...result.problems);
    if (result.entry) parsed.push(result.entry);
    else if (result.code !== undefined) brokenCodes.push(result.code);
  }
  if (items.length === 0)
    problems.push({ file: `${directory}/`, message: 'holds no error-code files: the site would have no code pages' });
  problems.push(...corpusProblems(parsed, brokenCodes));
  problems.push(...(await citationProblemsIn(config.root, parsed)));
  problems.push(...(await lexiconProblemsIn(config.root, parsed)));
  const guideFiles = await readGuides(guides, config.root);
  problems.push(...guideFiles.problems, ...guideRefProblems(parsed, guideFiles.sections));
  if (problems.length) {
    const count = `${problems.length} problem${problems.length > 1 ? 's' : ''}`;
    throw new Error(
      `Invalid error-code content (${count}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
  }

  store.clear();
  for (const entry of parsed) {
    const body = joinSections(entry.sections);
    const sections = splitRenderedSections((await context.renderMarkdown(body)).html);
    const id = String(entry.code);
    // Already validated by parseErrorFile: stored as is, not parsed a second time.
    const data = { ...entry.data, code: entry.code, sections };
    // The body is kept as Markdown too, for the page's Markdown edition.
    store.set({ id, data, body, filePath: entry.file, digest: context.generateDigest(data) });
  }
  logger.info(`${parsed.length} error codes loaded`);
}
