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
  /** Process id of the FerretDB server now (fault tests pause it with SIGSTOP; a restart changes it). */
  readonly pid: number;
  /** How many times the server was started again after it died (`restartOnCrash`). */
  readonly restarts: number;
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
  /**
   * Start the server again, on the same port and files, when it dies without `stop()` (a crash: the SQLite
   * library FerretDB embeds can fault under concurrent reads). What was committed is on disk; clients
   * reconnect by themselves. At most MAX_RESTARTS times in RESTART_WINDOW_MS, then it stays down.
   */
  restartOnCrash?: boolean;
  /** Told of each death and restart (`restartOnCrash`). */
  onRestart?: (event: {
    code: number | null;
    signal: NodeJS.Signals | null;
    restarted: boolean;
    error?: Error;
  }) => void;
}

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 10 * 60_000;

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

interface Running {
  child: ChildProcess;
  /** The exit code (-1 for a signal) once it exited. */
  exited: () => number | null;
  exit: Promise<void>;
}

/** Starts FerretDB (SQLite backend) on 127.0.0.1, building it first if needed, and resolves once it accepts connections. */
export async function startEmbeddedDb(options: StartOptions): Promise<EmbeddedDb> {
  const binary = await ensureBinary(options.progress);
  const dataDir = path.resolve(options.dataDir);
  const dbDir = path.join(dataDir, 'ferretdb');
  mkdirSync(dbDir, { recursive: true });
  const portFile = path.join(dataDir, `ferretdb.port.${process.pid}`);
  const logFile = path.join(dataDir, 'ferretdb.log');
  const log = openSync(logFile, 'a');
  const timeoutMs = options.timeoutMs ?? 30_000;

  /** Spawns the server on `listenPort` (0: any) and waits until it accepts connections; returns it and its port. */
  async function launch(listenPort: number): Promise<Running & { port: number }> {
    rmSync(portFile, { force: true });
    const child: ChildProcess = spawn(
      binary,
      ['--data-dir', dbDir, '--listen', `127.0.0.1:${listenPort}`, '--port-file', portFile, '--exit-on-stdin-eof'],
      // stdin stays a pipe we never write to: when this process dies, FerretDB sees EOF and stops.
      { stdio: ['pipe', log, log] },
    );
    let code: number | null = null;
    const exit = new Promise<void>((resolve) => {
      child.once('exit', (c) => {
        code = c ?? -1;
        resolve();
      });
    });
    const deadline = Date.now() + timeoutMs;
    let port = 0;
    while (Date.now() < deadline) {
      if (code !== null) throw new Error(`The embedded database exited with code ${code}; see ${logFile}`);
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
      throw new Error(`The embedded database did not start within the timeout; see ${logFile}`);
    }
    rmSync(portFile, { force: true });
    return { child, exited: () => code, exit, port };
  }

  let current = await launch(options.port ?? 0);
  const port = current.port;
  let stopping = false;
  let restarts = 0;
  const recent: number[] = [];

  const supervise = (running: Running) => {
    running.child.once('exit', (code, signal) => {
      if (stopping || !options.restartOnCrash) return;
      const now = Date.now();
      while (recent.length && now - recent[0]! > RESTART_WINDOW_MS) recent.shift();
      if (recent.length >= MAX_RESTARTS) {
        options.onRestart?.({ code, signal, restarted: false, error: new Error('too many restarts') });
        return;
      }
      recent.push(now);
      launch(port).then(
        (next) => {
          if (stopping) {
            next.child.kill('SIGTERM');
            return;
          }
          current = next;
          restarts += 1;
          options.onRestart?.({ code, signal, restarted: true });
          supervise(next);
        },
        (error: Error) => options.onRestart?.({ code, signal, restarted: false, error }),
      );
    });
  };
  supervise(current);

  return {
    uri: `mongodb://127.0.0.1:${port}`,
    port,
    dataDir,
    get pid() {
      return current.child.pid!;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      const running = current;
      if (running.exited() !== null) return;
      running.child.kill('SIGTERM');
      const timer = setTimeout(() => running.child.kill('SIGKILL'), 10_000);
      await running.exit;
      clearTimeout(timer);
    },
  };
}
