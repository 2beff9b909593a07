import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { CSP_HEADER } from '../lib/content-security-policy';

/**
 * Writes dist/_headers (read by Netlify and Cloudflare Pages) with the same
 * policy the pages carry in a <meta> tag, plus what only a header can say.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const headers = [
          '/*',
          `  Content-Security-Policy: ${CSP_HEADER}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '',
        ].join('\n');
        await writeFile(new URL('_headers', dir), headers);
      },
    },
  };
}
