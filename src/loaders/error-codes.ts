import { readdir, readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  corpusProblems,
  formatProblem,
  parseErrorFile,
  type FileProblem,
  type ParsedErrorFile,
} from '../lib/error-file';
import { joinSections, splitRenderedSections } from '../lib/error-sections';
import { errorEntrySchema } from '../schemas/error-code';
import { citationProblemsIn } from './citations';

/** Files in the folder that are documentation for authors, not codes. */
const NOT_CONTENT = new Set(['README.md']);

/**
 * Loads content/errors/<code>.md. Astro's glob loader would accept any file
 * name and report schema errors by entry id; this loader checks the whole
 * corpus first (file names, template sections, duplicates, relations) and
 * fails the build with every problem, each naming its file and field.
 */
export function errorCodesLoader(directory: string): Loader {
  return {
    name: 'error-codes-loader',
    schema: errorEntrySchema,
    async load(context) {
      await loadCorpus(directory, context);
      // Relations and duplicates are checked across files, so in dev any
      // change in the folder reloads the whole corpus.
      const folder = folderUrl(directory, context.config.root).pathname;
      context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(folder))
          loadCorpus(directory, context).catch((error) => context.logger.error(String(error)));
      });
    },
  };
}

const folderUrl = (directory: string, root: URL) => new URL(directory.replace(/\/?$/, '/'), root);

async function loadCorpus(
  directory: string,
  { store, renderMarkdown, generateDigest, parseData, config, logger }: LoaderContext,
) {
  const folder = folderUrl(directory, config.root);
  const names = (await readdir(folder)).filter((name) => !NOT_CONTENT.has(name) && !name.startsWith('.')).sort();

  const problems: FileProblem[] = [];
  const parsed: ParsedErrorFile[] = [];
  for (const name of names) {
    const file = `${directory.replace(/\/$/, '')}/${name}`;
    const result = parseErrorFile(file, await readFile(new URL(name, folder), 'utf8'));
    problems.push(...result.problems);
    if (result.entry) parsed.push(result.entry);
  }
  problems.push(...corpusProblems(parsed));
  problems.push(...(await citationProblemsIn(config.root, parsed)));
  if (problems.length) {
    const count = `${problems.length} problem${problems.length > 1 ? 's' : ''}`;
    throw new Error(
      `Invalid error-code content (${count}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
  }

  store.clear();
  for (const entry of parsed) {
    const body = joinSections(entry.sections);
    const sections = splitRenderedSections((await renderMarkdown(body)).html);
    const id = String(entry.code);
    const data = await parseData({ id, data: { ...entry.data, code: entry.code, sections }, filePath: entry.file });
    // The body is kept as Markdown too, for the page's Markdown edition.
    store.set({ id, data, body, filePath: entry.file, digest: generateDigest(data) });
  }
  logger.info(`${parsed.length} error codes loaded`);
}
