import { describe, expect, it } from 'vitest';
import { isAstroMdxDirectiveWarning } from '../../../src/lib/site/bundler-logs';

/** The warning as Rolldown reports it for a guide (copied from a real build's log object). */
const mdxWarning = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  id: '/repo/content/guides/app-credentials.mdx?astroPropagatedAssets',
  message:
    '[MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "content/guides/app-credentials.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('isAstroMdxDirectiveWarning', () => {
  it('drops the directive warning Astro causes in .mdx modules', () => {
    expect(isAstroMdxDirectiveWarning(mdxWarning)).toBe(true);
    expect(isAstroMdxDirectiveWarning({ ...mdxWarning, id: '/repo/content/guides/app-credentials.mdx' })).toBe(true);
  });

  it('keeps the same warning for any other kind of module', () => {
    expect(isAstroMdxDirectiveWarning({ ...mdxWarning, id: '/repo/src/scripts/page.ts' })).toBe(false);
    expect(isAstroMdxDirectiveWarning({ ...mdxWarning, id: '/repo/content/guides/notes.mdx.ts' })).toBe(false);
  });

  it('keeps other directives and other warnings, even in .mdx modules', () => {
    expect(
      isAstroMdxDirectiveWarning({
        ...mdxWarning,
        message: mdxWarning.message.replace('use astro:head-inject', 'use client'),
      }),
    ).toBe(false);
    expect(isAstroMdxDirectiveWarning({ ...mdxWarning, code: 'UNUSED_EXTERNAL_IMPORT' })).toBe(false);
    expect(isAstroMdxDirectiveWarning({ message: 'something else' })).toBe(false);
  });
});
