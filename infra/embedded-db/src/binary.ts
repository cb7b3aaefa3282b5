import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root';

const LAUNCHER_FILES = ['go.mod', 'go.sum', 'main.go'];

function launcherDir(): string {
  return path.join(repoRoot(), 'infra', 'ferretdb');
}

/** Path of the launcher binary for the current launcher sources (content-addressed, so a source change rebuilds). */
export function binaryPath(): string {
  const hash = createHash('sha256');
  for (const file of LAUNCHER_FILES) hash.update(readFileSync(path.join(launcherDir(), file)));
  const name = `reemploi-ferretdb-${hash.digest('hex').slice(0, 12)}`;
  return path.join(repoRoot(), '.cache', 'ferretdb', name);
}

export type Progress = (line: string) => void;

/** Builds the FerretDB launcher with Go on first use; later calls return the cached binary at once. */
export async function ensureBinary(progress: Progress = (line) => process.stderr.write(`${line}\n`)): Promise<string> {
  const target = binaryPath();
  if (existsSync(target)) return target;
  mkdirSync(path.dirname(target), { recursive: true });
  progress('[embedded-db] building the FerretDB launcher with Go (first run only, takes a few minutes)…');
  const tmp = `${target}.tmp-${process.pid}`;
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('go', ['build', '-v', '-trimpath', '-o', tmp, '.'], {
      cwd: launcherDir(),
      env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let packages = 0;
    let tail = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        packages += 1;
        if (packages % 25 === 0) progress(`[embedded-db]   … ${packages} Go packages compiled (${line.trim()})`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) =>
      reject(new Error(`Cannot run "go" to build the embedded database: ${err.message}. Install Go 1.22+.`)),
    );
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`go build of the FerretDB launcher failed (exit ${code}):\n${tail}`));
    });
  });
  renameSync(tmp, target);
  progress(
    `[embedded-db] built ${path.relative(repoRoot(), target)} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  return target;
}
