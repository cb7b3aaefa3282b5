import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Gzipped size budget of embed.js (the issue's ≤ 15 KB). */
export const EMBED_BUDGET_BYTES = 15 * 1024;

export interface BuiltFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Bundles the widget and the map loader into `outdir` (default dist/, what the API serves unless
 * REEMPLOI_EMBED_DIST says otherwise) as single minified IIFE files; returns their sizes.
 */
export async function buildEmbed(packageDir: string, outdir = path.join(packageDir, 'dist')): Promise<BuiltFile[]> {
  const entries = { embed: 'src/embed.ts', 'carte-loader': 'src/carte-loader.ts' };
  await build({
    absWorkingDir: packageDir,
    entryPoints: entries,
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    banner: { js: '/* Réemploi widget — AGPL-3.0-or-later — docs/api.md */' },
    logLevel: 'silent',
  });
  return Object.keys(entries).map((name) => {
    const file = path.join(outdir, `${name}.js`);
    const content = readFileSync(file);
    const shown = file.startsWith(packageDir + path.sep) ? path.relative(packageDir, file) : file;
    return { file: shown, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}
