// `pnpm start`: builds what is not built yet (the embedded database, then every file the platform serves:
// the web app and the partner widget), then runs the platform in the foreground. Ctrl+C stops the API and
// the embedded database with it. services/api/test/pnpm-start.test.ts starts it on empty folders.
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

// Built into the folders the API serves from (services/api/src/config.ts resolves them the same way).
const webDist = path.resolve(root, process.env.REEMPLOI_WEB_DIST ?? 'apps/web/dist');
const embedDist = path.resolve(root, process.env.REEMPLOI_EMBED_DIST ?? 'apps/embed/dist');
const served = [
  {
    label: 'the web app',
    files: [path.join(webDist, 'index.html')],
    build: ['--filter', '@reemploi/web', 'build', '--outDir', webDist, '--emptyOutDir'],
  },
  {
    label: 'the partner widget (/embed.js, /embed/carte.js)',
    files: [path.join(embedDist, 'embed.js'), path.join(embedDist, 'carte-loader.js')],
    build: ['--filter', '@reemploi/embed', 'build', '--outdir', embedDist],
  },
];

if (!process.env.MONGODB_URI) run(['--silent', '--filter', '@reemploi/embedded-db', 'build'], 'embedded database');
for (const artefact of served)
  if (!artefact.files.every((file) => existsSync(file))) run(artefact.build, `building ${artefact.label}`);

console.log('==> starting Réemploi');
// A 64 MB young generation, as in infra/Dockerfile: fewer scavenges under load (docs/benchmarks.md, HTTP).
const api = spawn(path.join(root, 'node_modules/.bin/tsx'), ['services/api/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=64`.trim() },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
