// npm run lint: correctness rules (this file), the dependency direction (.dependency-cruiser.cjs) and unused
// files/exports/dependencies (knip.json). Formatting belongs to prettier.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'build/',
      '.svelte-kit/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'artifacts/',
      'bench/out/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
    }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The plain .mjs build scripts have no type declarations; specs that import them say why they ignore.
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      // Our links are `${base}/…` from $app/paths (BASE_PATH), in-page #anchors or external sources; resolve()
      // would add nothing. The address sync calls replaceState with the current URL plus a hash.
      'svelte/no-navigation-without-resolve': 'off'
    }
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+content/', message: 'Import the story data through the $content alias.' }] }
      ]
    }
  },
  {
    // CommonJS config files read by dependency-cruiser.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
);
