// Flat config (ESLint 9). Syntax-only TypeScript rules: type-aware linting would double the
// time of `npm test` for little gain here, and `tsc` already runs in the same script.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'custom-elements.json',
      // Written by `npm run analyze` (custom-elements-manifest generators).
      'types/jsx.d.ts',
      'types/vue.d.ts',
      '.bench-out/',
      'tmp/',
      // Throw-away prototypes (measurements kept for reference, not project code).
      '**/.proto/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter that an interface requires but this implementation ignores.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Chinese text legitimately contains U+3000 (ideographic space); comments document it.
      'no-irregular-whitespace': [
        'error',
        { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true },
      ],
    },
  },

  // Where code runs decides which globals exist.
  {
    // The SDK runs in Node 20 and in browsers alike.
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals['shared-node-browser'] },
  },
  {
    files: [
      'widgets/**/*.ts',
      'cdn/**/*.ts',
      'stories/**/*.ts',
      '.storybook/**/*.ts',
      'demo/**/*.js',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    // test/sdk runs in both Node and Chromium; test/widgets only in Chromium.
    files: ['test/**/*.ts', 'test/**/*.js', 'test/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    // Chai's property assertions (`expect(x).to.be.empty`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      'scripts/**',
      'cli/**',
      'bench/**',
      'test/node/**',
      'demo/**/*.mjs',
      '**/*.mjs',
      '*.js',
      '.ci/**/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },

  // Web components: Lit template checks and custom-element best practice.
  {
    files: ['widgets/**/*.ts', 'stories/**/*.ts', 'test/widgets/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['widgets/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['widgets/**/*.ts'],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // Lit's LitElement always implements the lifecycle callbacks it inherits; Lit's own docs
      // call super unguarded.
      'wc/guard-super-call': 'off',
    },
  },
);
