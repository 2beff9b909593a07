// Lint: typescript-eslint's type-checked rules for TypeScript and Astro files,
// eslint-plugin-astro for components. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Only src/i18n chooses a locale's string table; everything else asks it. */
const LOCALE_TABLES = {
  regex: '(^|/)i18n/zh-CN',
  message:
    'Read strings through src/i18n (t() in index.ts, or an area module such as i18n/search-box.ts): only src/i18n picks a locale table.',
};

export default defineConfig(
  {
    ignores: ['dist/', 'dist-subpath/', '.astro/', '.ci/node/', 'test-results/', 'playwright-report/', 'node_modules/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  {
    // Plain JavaScript files (configs, scripts) are not part of the TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // In component templates the Astro parser gives markup (<li>, <a>) no
    // type, so these rules would flag every element returned from a map().
    // Frontmatter and scripts are still checked through the type checker.
    // astro-eslint-parser takes `project` rather than `projectService` (it
    // would warn once per file and fall back to `project: true` anyway).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['**/*.{ts,astro,js,mjs}'],
    ignores: ['src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LOCALE_TABLES] }] },
  },
  {
    // Layers: src/lib is pure logic that pages, loaders, scripts and tests
    // build on, so it may import nothing from the layers above it. Schemas
    // may use lib; loaders use both; data and pages use everything.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            LOCALE_TABLES,
            {
              regex: '^astro:',
              message: 'src/lib is plain TypeScript: read collections in src/data, not here.',
            },
            {
              regex: '(^|/)(schemas|data|loaders|components|layouts|pages|scripts|integrations)(/|$)',
              message:
                'src/lib imports no upper layer (schemas, data, loaders, components, pages, scripts, integrations).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            LOCALE_TABLES,
            {
              regex: '(^astro:)|(^|/)(data|loaders|components|layouts|pages|scripts|integrations)(/|$)',
              message: 'Schemas build on src/lib only.',
            },
          ],
        },
      ],
    },
  },
);
