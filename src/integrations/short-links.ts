import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { shortLinkPage } from '../lib/site/short-link';
import { paths, withBase } from '../lib/site/urls';

/**
 * Writes the short links /<code>/index.html after the build, from the list
 * of documented codes the build already wrote (lookup.json). Written as plain
 * files rather than rendered as Astro pages: at 10,000 codes, rendering them
 * cost as much as rendering the code pages themselves.
 */
export function shortLinks(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'short-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { codes } = JSON.parse(await readFile(new URL(paths.lookupIndex(), dir), 'utf8')) as { codes: number[] };
        for (const code of codes) {
          const target = withBase(base, paths.code(code));
          const folder = new URL(`${code}/`, dir);
          await mkdir(folder, { recursive: true });
          await writeFile(new URL('index.html', folder), shortLinkPage(code, target, new URL(target, site).href));
        }
        logger.info(`${codes.length} short links written`);
      },
    },
  };
}
