import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { serializeHeadersFile } from '../lib/site/headers-file';
import { HOST_HEADER_RULES } from '../lib/site/host-headers';

/**
 * Writes dist/_headers (read by Netlify and Cloudflare Pages, and by
 * scripts/serve.ts): the same policy the pages carry in a <meta> tag, what
 * only a header can say, and the charset of the Markdown and text editions.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), serializeHeadersFile(HOST_HEADER_RULES));
      },
    },
  };
}
