/**
 * The steps of `npm test`, in priority order (see schedule.ts): the builds
 * and the browser tests that wait on them first, because they are the
 * longest chain; the steps that need nothing fill the other slot.
 */
import type { Step } from './schedule.ts';

/** Astro's sync, check and build rewrite .astro/; ESLint's type checker reads it. */
const ASTRO_TYPES = 'astro-types';

export const STEPS: readonly Step[] = [
  { script: 'lint:format' },
  { script: 'build', lock: ASTRO_TYPES },
  { script: 'build:subpath', lock: ASTRO_TYPES },
  { script: 'test:e2e', needs: ['build', 'build:subpath'] },
  { script: 'test:dist', needs: ['build', 'build:subpath'] },
  { script: 'test:unit' },
  { script: 'test:build-failures' },
  { script: 'check', lock: ASTRO_TYPES },
  // Needs the content types that check's sync writes.
  { script: 'lint:code', needs: ['check'], lock: ASTRO_TYPES },
];
