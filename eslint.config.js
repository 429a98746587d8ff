import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The core runs unchanged in a tab, a worker, Node and vitest: no UI, no storage, no I/O.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'react',
            'react-dom',
            'sigma',
            'idb',
            'zustand',
            'fs',
            'path',
            'node:fs',
            'node:path',
          ],
          patterns: [
            '@react-sigma/*',
            '@sigma/*',
            'node:*',
            'react-dom/*',
            '**/app/**',
            '**/cli/**',
            '**/worker/**',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'fetch',
        'navigator',
      ],
    },
  },
  {
    // Only the map imports sigma.
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['sigma'], patterns: ['@react-sigma/*', '@sigma/*', 'sigma/*'] },
      ],
    },
  },
);
