import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build/graphql-documents';

const api = process.env.REEMPLOI_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  server: {
    proxy: {
      '/graphql': api,
      '/admin/uploads': api,
      '/config.json': api,
      '/styles': api,
    },
  },
  build: {
    // The manifest lets scripts/check-budget.mjs tell initial chunks from on-demand ones.
    manifest: true,
    sourcemap: false,
  },
});
