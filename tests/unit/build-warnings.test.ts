import { describe, expect, it } from 'vitest';
import { ownWarnings } from '../support/build-warnings';

// Lines as `astro build` prints them, colour codes included.
const MDX_DIRECTIVE_WARNING =
  '14:45:07 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "content/guides/rate-limits.mdx?astroPropagatedAssets" may not be preserved when bundling.';
const SITE_URL_REMINDER =
  '14:45:06 [WARN] [deployment-warning] SITE_URL is not set: every canonical URL, link preview, sitemap entry, robots.txt line and copied link says http://localhost:4321.';

describe('ownWarnings', () => {
  it('finds a warning that names a content file, without colour codes', () => {
    expect(ownWarnings(`14:45:06 [build] Building static entrypoints...\n${MDX_DIRECTIVE_WARNING}\n`)).toEqual([
      '14:45:07 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "content/guides/rate-limits.mdx?astroPropagatedAssets" may not be preserved when bundling.',
    ]);
  });

  it('finds warnings naming src/ files, by relative or absolute path, in any casing', () => {
    const output = [
      '/tmp/copy/src/components/Foo.astro:3:1 - warning ts(6133): unused',
      'Warning: src/scripts/page.ts imports a missing module',
    ].join('\r\n');
    expect(ownWarnings(output)).toHaveLength(2);
  });

  it('leaves out warnings that name no file of ours, and lines that are not warnings', () => {
    const output = [
      SITE_URL_REMINDER,
      '[WARN] [vite] node_modules/some-lib/src/index.js: sourcemap points to missing files',
      '14:45:09   ├─ /errors/100014/index.html (+6ms)',
      '[build] src/pages/errors/[code].astro built',
      '14:45:09 [build] Complete!',
    ].join('\n');
    expect(ownWarnings(output)).toEqual([]);
  });
});
