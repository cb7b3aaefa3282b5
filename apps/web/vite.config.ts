import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build/graphql-documents';

const api = process.env.REEMPLOI_API_URL ?? 'http://localhost:4000';

/**
 * The server bundle gets Apollo's own data hooks (src/graphql/hooks.server.ts), whose queries
 * `prerenderStatic` waits for; the browser keeps src/graphql/hooks.ts, which needs no Apollo Client for
 * the first render.
 */
function serverDataHooks(): Plugin {
  const browserHooks = fileURLToPath(new URL('./src/graphql/hooks.ts', import.meta.url));
  const serverHooks = fileURLToPath(new URL('./src/graphql/hooks.server.ts', import.meta.url));
  return {
    name: 'reemploi-server-data-hooks',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!options.ssr || !importer || importer === serverHooks) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === browserHooks ? serverHooks : null;
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [graphqlDocuments(), serverDataHooks(), react()],
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
