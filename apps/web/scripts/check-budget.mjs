#!/usr/bin/env node
// Initial-JavaScript budget: the entry chunk and everything it imports statically (what the browser
// loads before any on-demand chunk such as the map), gzipped. Run after `vite build`.
// Usage: node scripts/check-budget.mjs [--max-kb 120] [--dist DIR] (DIR: another build, e.g. a "before")
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distIndex = process.argv.indexOf('--dist');
const dist = distIndex > 0 ? process.argv[distIndex + 1] : join(root, 'dist');
const maxIndex = process.argv.indexOf('--max-kb');
// Issue 16 §12: the resident app's first render needs no Apollo Client (docs/benchmarks.md).
const maxKb = maxIndex > 0 ? Number(process.argv[maxIndex + 1]) : 120;

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch {
  console.error('No dist/.vite/manifest.json: run `pnpm --filter @reemploi/web build` first.');
  process.exit(2);
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1000).toFixed(1);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = new Set();
const initialCss = new Set();
(function walk(key) {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  (chunk.css ?? []).forEach((css) => initialCss.add(css));
  (chunk.imports ?? []).forEach(walk);
})(entryKey);

const lazy = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js') && !initial.has(chunk.file));
const jsBytes = [...initial].reduce((sum, file) => sum + gz(file), 0);
const cssBytes = [...initialCss].reduce((sum, file) => sum + gz(file), 0);

console.log('Initial JavaScript (gzip -9):');
for (const file of initial) console.log(`  ${file.padEnd(40)} ${kb(gz(file))} KB`);
console.log(`  total${' '.repeat(36)}${kb(jsBytes)} KB  (budget ${maxKb} KB)`);
console.log(`Initial CSS: ${kb(cssBytes)} KB gzip`);
console.log('On demand:');
for (const chunk of lazy) {
  const css = (chunk.css ?? []).reduce((sum, file) => sum + gz(file), 0);
  console.log(`  ${chunk.file.padEnd(40)} ${kb(gz(chunk.file))} KB JS + ${kb(css)} KB CSS`);
}

if (jsBytes > maxKb * 1000) {
  console.error(`FAIL: initial JavaScript is ${kb(jsBytes)} KB gzipped, over the ${maxKb} KB budget.`);
  process.exit(1);
}
console.log('OK: within budget.');
