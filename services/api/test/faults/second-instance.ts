import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '@reemploi/embedded-db';

/**
 * Starts another API instance as a real process (`tsx services/api/src/main.ts`) with only the given
 * environment, and resolves with its URL, read from its "listening" JSON log line.
 */
export function startSecondInstance(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const root = repoRoot();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'services/api/src/main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance B did not start:\n${stderr}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`instance B exited with ${code}:\n${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'Réemploi is listening' && entry.url) {
        clearTimeout(timer);
        resolve({ url: entry.url, child });
      }
    });
  });
}
