import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic and the content corpus: no build needed, runs in seconds.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          exclude: ['tests/content/build-failures.test.ts', 'tests/content/bad-input-builds.test.ts'],
        },
      },
      {
        // Real Astro runs in temporary copies of the project. Each case has its
        // own copy, so they run side by side; four at a time keeps two cores busy
        // while one case waits on the disk, without running out of memory.
        test: {
          name: 'build-failures',
          include: ['tests/content/build-failures.test.ts', 'tests/content/bad-input-builds.test.ts'],
          maxConcurrency: 4,
          testTimeout: 120_000,
        },
      },
      {
        // Checks on the built output in dist/ and dist-subpath/ (run after both builds).
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
      },
    ],
  },
});
