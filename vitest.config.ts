import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic and the content corpus: no build needed.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        // Checks on the built output in dist/ (run after `npm run build`).
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
      },
    ],
  },
});
