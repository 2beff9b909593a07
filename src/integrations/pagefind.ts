import { readdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SITE_LOCALE } from '../i18n/locales';

/** Pagefind's bundled interfaces and result highlighter, which the site does not load. */
const UNUSED_PAGEFIND_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * Builds the Pagefind index after every `astro build` (which wipes
 * dist/pagefind). The site is Chinese; without a zh-cn index Pagefind would
 * not segment words and Chinese queries would miss, so that fails the build.
 *
 * Every page declares the locale's <html lang>, so the language is given rather
 * than detected page by page: at 10,000 codes detection cost a third of the
 * indexing time (22 s against 14.6 s).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_LOCALE.pagefindLanguage });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only real pages: the short-link redirect stubs (/<code>/index.html)
        // carry no content, and at 10,000 codes they doubled the indexing work.
        const added = await index.addDirectory({
          path: site,
          glob: '{index.html,404.html,errors/**/*.html,categories/**/*.html,guides/**/*.html,search/*.html}',
        });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site has its own search interface; Pagefind's ready-made ones would only ship unused.
        for (const file of await readdir(`${site}/pagefind`))
          if (UNUSED_PAGEFIND_FILE.test(file)) await rm(`${site}/pagefind/${file}`);

        const entry = JSON.parse(await readFile(`${site}/pagefind/pagefind-entry.json`, 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const languages = Object.entries(entry.languages).map(
          ([lang, { page_count }]) => `${lang} (${page_count} pages)`,
        );
        logger.info(`Pagefind indexed ${added.page_count} pages; languages: ${languages.join(', ')}`);
        const language = SITE_LOCALE.pagefindLanguage;
        if (!entry.languages[language])
          throw new Error(`Pagefind built no ${language} index: is <html lang="${SITE_LOCALE.lang}"> set?`);
      },
    },
  };
}
