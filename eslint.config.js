import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'test-results', 'playwright-report', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // A module that exports components exports only components, or React Refresh reloads the page.
    files: ['src/ui/**/*.tsx'],
    plugins: { 'react-refresh': reactRefresh },
    rules: { 'react-refresh/only-export-components': 'error' },
  },
  // The layers import one way: core -> worker -> engine -> state -> ui. An upward import is an error.
  ...[
    ['src/core/**', ['worker', 'engine', 'state', 'ui']],
    ['src/worker/**', ['engine', 'state', 'ui']],
    ['src/engine/**', ['state', 'ui']],
    ['src/state/**', ['ui']],
  ].map(([files, above]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: above.map((layer) => ({
            group: [`../${layer}/*`, `../../${layer}/*`, `**/src/${layer}/*`],
            message: `${files.split('/')[1]} sits below ${layer}: imports flow core -> worker -> engine -> state -> ui.`,
          })),
        },
      ],
    },
  })),
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
