// ESLint flat config: TypeScript strict rules with type information where it matters
// (no floating promises), Prettier owns formatting.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.cache/**', '**/.data/**', '**/generated/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}', 'apps/embed/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The places module owns every write to a place (docs/architecture.md, "How a write flows"): other
    // modules write through modules/places/commands and read through modules/places/place-reads.ts,
    // never through the model. The vocabulary (kinds, actions…) stays importable. Tests build fixtures.
    files: ['services/api/src/**/*.ts'],
    ignores: ['services/api/src/modules/places/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)places/place\\.model$',
              allowImportNames: ['ACTIONS', 'AUDIENCES', 'LOCATION_PRECISIONS', 'PLACE_KINDS', 'PLACE_STATUSES'],
              message:
                'Write places through modules/places/commands (writePlace) and read them through modules/places/place-reads.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests poke at loosely typed GraphQL responses; precision there buys nothing.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/*.e2e.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
