import type { CodegenConfig } from '@graphql-codegen/cli';

// `pnpm generate`: TypeScript types of the schema (the checked-in snapshot, kept true by the snapshot
// test) and of resolver arguments, in src/generated/ (never edited by hand; `pnpm test` checks it is current).
const config: CodegenConfig = {
  schema: 'schema.snapshot.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        // String unions, not TS enums: the types cost nothing at run time and accept plain strings.
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../shared/context#Context',
        scalars: { JSON: 'unknown' },
      },
    },
  },
};

export default config;
