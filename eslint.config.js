// ESLint flat config: TypeScript strict rules with type information where it matters
// (no floating promises), Prettier owns formatting.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const API_MODULES =
  'audit|auth|changes|events|exports|federation|guides|impact|insights|notices|organizations|partners|places|suggestions|taxonomy|web|webhooks';
const PLACE_MODEL = {
  regex: '(^|/)places/place\\.model$',
  allowImportNames: ['ACTIONS', 'AUDIENCES', 'LOCATION_PRECISIONS', 'PLACE_KINDS', 'PLACE_STATUSES'],
  message:
    'Write places through modules/places/commands (writePlace) and read them through modules/places/place-reads.ts.',
};
// From inside a module, `../<other>/file` or `../../<other>/file`: only `../<other>` (its index.ts) may be imported.
const MODULE_INTERNALS = {
  regex: `^(\\.\\./)+(${API_MODULES})/.+`,
  message: 'Import another module through its index.ts (`../<module>`), never its files.',
};
// From the composition root, app.ts, platform.ts, cli/: `./modules/<m>` only.
const MODULE_INTERNALS_FROM_ROOT = {
  regex: `(^|/)modules/(${API_MODULES})/.+`,
  message: 'Import a module through its index.ts (`modules/<module>`), never its files.',
};

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
    // Module boundaries (issue 15 §1): a module imports another only through its index.ts, shared/ imports
    // no module; composition/module-boundaries.test.ts also checks the modules' graph has no cycle.
    files: ['services/api/src/**/*.ts'],
    ignores: ['services/api/src/modules/places/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [PLACE_MODEL, MODULE_INTERNALS, MODULE_INTERNALS_FROM_ROOT] }],
    },
  },
  {
    files: ['services/api/src/modules/places/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MODULE_INTERNALS] }] },
  },
  {
    files: ['services/api/src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)modules(/|$)', message: 'shared/ imports no module: the composition root wires them.' },
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
