import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import moduleBoundaries from './eslint/module-boundaries.js';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'test-results', 'apps/server/src/db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings in apps/server/src/config.ts only.' },
      ],
      // Business deadlines are rows in the jobs table, never in-process timers (RELIABILITY rule 7).
      'no-restricted-globals': ['error', { name: 'setInterval', message: 'Use the durable jobs table for deadlines.' }],
    },
  },
  {
    files: [
      'apps/server/src/config.ts',
      '**/*.test.ts',
      'apps/server/src/test/**',
      'e2e/**',
      'scripts/**',
      'bench/**',
      'apps/server/src/cli/**',
      '*.config.ts',
      'apps/web/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Modules are entered through their index.ts; the platform knows no module (eslint/module-boundaries.js).
    plugins: { local: moduleBoundaries },
    rules: { 'local/module-boundaries': 'error' },
  },
);
