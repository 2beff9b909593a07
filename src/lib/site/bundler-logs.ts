/**
 * Which bundler messages the build keeps quiet about.
 *
 * Astro puts a `"use astro:head-inject"` directive at the top of every .mdx
 * module; Rolldown (Vite 8) warns that a module-level directive "may not be
 * preserved when bundling", once per guide. The directive is Astro's own
 * marker, read before bundling, so the warning says nothing about our files
 * (upstream: https://github.com/withastro/astro/issues/18087). Only that code,
 * only for .mdx modules and only for that directive is dropped: the same
 * warning anywhere else still prints.
 */
export interface BundlerLog {
  code?: string;
  id?: string;
  message: string;
}

export function isAstroMdxDirectiveWarning(log: BundlerLog): boolean {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    /\.mdx(?:\?|$)/.test(log.id ?? '') &&
    log.message.includes('"use astro:head-inject"')
  );
}
