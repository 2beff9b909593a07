import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { GUIDES_FOLDER } from './content-reader';
import { forgetGuideFiles, guideFiles } from './guide-files';

/**
 * Loads content/guides/<slug>.mdx from the shared read of the guides
 * (src/loaders/guide-files.ts), which the error-code loader uses too, so
 * each build reads the guides once and both loaders see the same files.
 * The front matter is validated against the collection's schema; the MDX
 * is rendered by @astrojs/mdx when a page renders the entry, as with
 * Astro's glob loader.
 */
export function guidesLoader(folder: string = GUIDES_FOLDER): Loader {
  return {
    name: 'guides-loader',
    async load(context) {
      await loadGuides(folder, context);
      if (!context.watcher) return;
      const directory = fileURLToPath(new URL(`${folder.replace(/\/+$/, '')}/`, context.config.root));
      context.watcher.add(directory);
      context.watcher.on('all', (_event, path) => {
        if (!path.startsWith(directory)) return;
        // The error-code loader forgets the read too: whichever runs first reads the folder afresh.
        forgetGuideFiles();
        loadGuides(folder, context).catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

async function loadGuides(folder: string, context: LoaderContext) {
  const { config, store } = context;
  const guides = guideFiles(config.root, folder);
  const current = new Set<string>();
  for (const { slug, file, source, frontMatter } of guides) {
    if (!frontMatter.ok) throw new Error(`${file}: field "front matter": ${frontMatter.problem}`);
    const data = await context.parseData({
      id: slug,
      data: frontMatter.data,
      filePath: fileURLToPath(new URL(file, config.root)),
    });
    // deferredRender: the MDX module is imported and rendered by @astrojs/mdx when a page renders the entry.
    store.set({
      id: slug,
      data,
      body: frontMatter.body.trim(),
      filePath: file,
      digest: context.generateDigest(source),
      deferredRender: true,
    });
    current.add(slug);
  }
  for (const id of store.keys()) if (!current.has(id)) store.delete(id);
}
