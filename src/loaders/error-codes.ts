import type { Loader, LoaderContext } from 'astro/loaders';
import { joinSections, splitRenderedSections } from '../lib/content/error-sections';
import { reportContentProblem } from './content-problems';
import { checkCorpus, type CorpusFolders } from './corpus';
import { formatProblem } from './error-file';
import { forgetGuideFiles } from './guide-files';

export type ErrorCodesLoaderOptions = CorpusFolders;

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
      const [errors, guides] = [options.errors, options.guides].map((d) => folderUrl(d, context.config.root).pathname);
      for (const folder of [errors, guides]) context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(guides)) forgetGuideFiles();
        if (path.startsWith(errors) || path.startsWith(guides)) void load();
      });
    },
  };
}

const folderUrl = (directory: string, root: URL) => new URL(directory.replace(/\/?$/, '/'), root);

async function loadCorpus(folders: ErrorCodesLoaderOptions, context: LoaderContext) {
  const { store, config, logger } = context;
  const { codes: parsed, problems } = checkCorpus(config.root, folders);
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
