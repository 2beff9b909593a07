import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic and the content corpus: no build needed, runs in seconds.
        // One module graph for all files (isolate: false): most of the time of an
        // isolated run went to importing zod, the Markdown parsers and the parsed
        // corpus (tests/support/corpus.ts) again for every file. No test mocks
        // modules or changes shared state, so sharing them is safe.
        test: {
          name: 'unit',
          isolate: false,
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          exclude: ['tests/content/build-failures.test.ts', 'tests/content/bad-input-builds.test.ts'],
        },
      },
      {
        // Six real Astro runs in temporary copies of the project (each case has
        // its own copy). Each run is a Node process that keeps about one core
        // busy, so three at a time fill two cores: the one real build
        // (bad-input-builds) runs beside the five failing runs, two at a time.
        test: {
          name: 'build-failures',
          include: ['tests/content/build-failures.test.ts', 'tests/content/bad-input-builds.test.ts'],
          maxWorkers: 2,
          maxConcurrency: 2,
          // Only catches a hung run: a busy machine slows a build several-fold.
          // The real build of bad-input-builds runs in a hook, its checks in tests.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Checks on the built output in dist/ and dist-subpath/ (run after both
        // builds). One module graph for all files, as in unit: the built site is
        // listed and read once (tests/support/dist.ts), not once per file.
        test: { name: 'dist', isolate: false, include: ['tests/dist/**/*.test.ts'] },
      },
    ],
  },
});
