import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { SECURITY_HEADERS } from '../lib/site/content-security-policy';

/**
 * Writes dist/_headers (read by Netlify and Cloudflare Pages): the same
 * policy the pages carry in a <meta> tag, plus what only a header can say.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
        await writeFile(new URL('_headers', dir), ['/*', ...lines, ''].join('\n'));
      },
    },
  };
}
