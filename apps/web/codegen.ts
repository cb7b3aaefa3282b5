import type { CodegenConfig } from '@graphql-codegen/cli';

// `pnpm generate`: result and variable types of the app's .graphql documents, validated against the
// API's schema snapshot (a document that no longer matches it fails generation, and so `pnpm test`).
// Types only: the documents themselves stay pre-parsed by build/graphql-documents.ts (no parser, no
// extra runtime code in the bundle); *-operations.ts pair each document with its generated types.
const config: CodegenConfig = {
  schema: '../../services/api/schema.snapshot.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/graphql/generated/operations.ts': {
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { JSON: 'unknown' },
      },
    },
  },
};

export default config;
