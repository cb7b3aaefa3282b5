import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build/graphql-documents';

const api = process.env.REEMPLOI_API_URL ?? 'http://localhost:4000';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [graphqlDocuments(), react()],
  server: {
    proxy: {
      '/graphql': api,
      '/admin/uploads': api,
      '/config.json': api,
      '/styles': api,
    },
  },
  // The server-side bundle (`vite build --ssr`, loaded by the API to prerender the results page) is
  // self-contained: React, Apollo and the app in dist/.ssr (prerender.cjs and its chunks), nothing resolved
  // from node_modules at run time.
  // CommonJS, so that both the API (Node) and its Jest tests can load it.
  ssr: { noExternal: true },
  build: {
    // The manifest lets scripts/check-budget.mjs tell initial chunks from on-demand ones.
    manifest: !isSsrBuild,
    sourcemap: false,
    copyPublicDir: !isSsrBuild,
    rollupOptions: isSsrBuild
      ? { output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' } }
      : {},
  },
}));
