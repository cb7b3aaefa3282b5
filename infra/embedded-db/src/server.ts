import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ensureBinary, type Progress } from './binary';

export interface EmbeddedDb {
  /** mongodb:// URI of the running server, without a database name. */
  uri: string;
  port: number;
  dataDir: string;
  /** Process id of the FerretDB server (fault tests pause it with SIGSTOP). */
  pid: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Folder for the SQLite files; created if missing. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  progress?: Progress;
  /** Give up waiting for the server after this many milliseconds. */
  timeoutMs?: number;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts FerretDB (SQLite backend) on 127.0.0.1, building it first if needed, and resolves once it accepts connections. */
export async function startEmbeddedDb(options: StartOptions): Promise<EmbeddedDb> {
  const binary = await ensureBinary(options.progress);
  const dataDir = path.resolve(options.dataDir);
  const dbDir = path.join(dataDir, 'ferretdb');
  mkdirSync(dbDir, { recursive: true });
  const portFile = path.join(dataDir, `ferretdb.port.${process.pid}`);
  rmSync(portFile, { force: true });
  const log = openSync(path.join(dataDir, 'ferretdb.log'), 'a');

  const child: ChildProcess = spawn(
    binary,
    ['--data-dir', dbDir, '--listen', `127.0.0.1:${options.port ?? 0}`, '--port-file', portFile, '--exit-on-stdin-eof'],
    // stdin stays a pipe we never write to: when this process dies, FerretDB sees EOF and stops.
    { stdio: ['pipe', log, log] },
  );
  let exited: number | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      exited = code ?? -1;
      resolve();
    });
  });

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let port = 0;
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`The embedded database exited with code ${exited}; see ${path.join(dataDir, 'ferretdb.log')}`);
    }
    if (!port) {
      try {
        port = Number(readFileSync(portFile, 'utf8').trim());
      } catch {
        /* not written yet */
      }
    }
    if (port && (await canConnect(port))) break;
    await sleep(100);
  }
  if (!port || !(await canConnect(port))) {
    child.kill('SIGKILL');
    throw new Error(
      `The embedded database did not start within the timeout; see ${path.join(dataDir, 'ferretdb.log')}`,
    );
  }
  rmSync(portFile, { force: true });

  return {
    uri: `mongodb://127.0.0.1:${port}`,
    port,
    dataDir,
    pid: child.pid!,
    async stop() {
      if (exited !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exitPromise;
      clearTimeout(timer);
    },
  };
}
