// `pnpm start`: builds what is not built yet (the embedded database, the web app), then runs the
// platform in the foreground. Ctrl+C stops the API and the embedded database with it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args, label) => {
  console.log(`==> ${label}`);
  const result = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.env.MONGODB_URI) run(['--silent', '--filter', '@reemploi/embedded-db', 'build'], 'embedded database');
if (!existsSync(path.join(root, 'apps/web/dist/index.html')))
  run(['--filter', '@reemploi/web', 'build'], 'building the web app (first start only)');

console.log('==> starting Réemploi');
// A 64 MB young generation, as in infra/Dockerfile: fewer scavenges under load (docs/benchmarks.md, HTTP).
const api = spawn(path.join(root, 'node_modules/.bin/tsx'), ['services/api/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=64`.trim() },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
