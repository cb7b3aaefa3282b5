#!/usr/bin/env node
// `pnpm --filter @reemploi/web build [--outDir DIR] [other vite build options]`: the browser app into DIR
// (default dist), then the server bundle that prerenders the results page into DIR/.ssr (loaded by the
// API: services/api/src/modules/web/web-app.ts; express.static serves no dot folder).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = at >= 0 && args[at + 1] ? args[at + 1] : 'dist';

function vite(viteArgs) {
  const result = spawnSync('vite', viteArgs, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

vite(['build', ...args]);
vite(['build', '--ssr', 'src/ssr/prerender.tsx', '--outDir', path.join(outDir, '.ssr'), '--emptyOutDir']);
