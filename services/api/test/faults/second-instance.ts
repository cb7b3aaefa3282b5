import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '@reemploi/embedded-db';

export interface SecondInstance {
  url: string;
  child: ChildProcess;
  /** SIGTERM (its graceful shutdown), then waits for the process to exit: SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/**
 * Starts another API instance as a real process (`tsx services/api/src/main.ts`) with only the given
 * environment, and resolves with its URL, read from its "listening" JSON log line.
 */
export function startSecondInstance(env: Record<string, string>): Promise<SecondInstance> {
  const root = repoRoot();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'services/api/src/main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Awaited, not just signalled: a process still running when the test file ends keeps the Jest worker
  // from exiting ("A worker process has failed to exit gracefully").
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`instance B did not start:\n${stderr}`));
    }, 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`instance B exited with ${code}:\n${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'Réemploi is listening' && entry.url) {
        clearTimeout(timer);
        resolve({ url: entry.url, child, stop });
      }
    });
  });
}
