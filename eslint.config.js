import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.output/', '.wxt/', 'node_modules/', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Boundaries (see STYLE.md): page-side code never reaches the store; the store and the brain never
  // reach for page globals.
  {
    // Page-side code: detector, extractor, the reading list's capture script, the annotator and anchoring.
    files: [
      'entrypoints/*.content/**',
      'entrypoints/extractor.ts',
      'entrypoints/capture.ts',
      'entrypoints/annotator.ts',
      'lib/extract/**',
      'lib/annotator/**',
      'lib/anchoring/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '@/lib/store/*', '**/background/**'],
              message: 'Page-side code must not import the store or the background.',
            },
            { group: ['wxt/*'], message: 'lib/ is plain TypeScript.' },
          ],
        },
      ],
    },
  },
  // lib/ runs in the browser, where `process` does not exist: reading it there crashes the worker at start.
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'lib/ runs in the browser: no process.' }],
    },
  },
  {
    files: ['lib/store/**', 'lib/stories/**', 'lib/background/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'The store and the worker have no DOM.' },
        { name: 'window', message: 'The store and the worker have no DOM.' },
      ],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/extract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['wxt/*', '!wxt/browser'], message: 'lib/ is plain TypeScript.' }] },
      ],
    },
  },
);
