/**
 * A throwaway PostgreSQL 15 + PostGIS cluster for benchmarks: initdb into a temp dir, start on a free
 * loopback port with its unix socket in that dir, stop and delete it at the end, also on error, Ctrl-C or
 * SIGTERM. As root, the server runs as the `postgres` system user (PostgreSQL refuses to run as root).
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TempPostgres {
  /** Unix socket directory (pass as `host` to pg). */
  socketDir: string;
  port: number;
  dataDir: string;
  stop(): void;
}

const BIN_DIRS = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'];

function binDir(): string {
  const found = BIN_DIRS.find((dir) => existsSync(path.join(dir, 'pg_ctl')));
  if (!found)
    throw new Error(
      `PostgreSQL server binaries not found in ${BIN_DIRS.join(', ')} (apt-get install postgresql-15 postgresql-15-postgis-3)`,
    );
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Server settings: everything in memory and durability off (a benchmark, not a database to keep). */
export const PG_SETTINGS: Record<string, string> = {
  listen_addresses: '127.0.0.1',
  shared_buffers: '2GB',
  work_mem: '64MB',
  maintenance_work_mem: '1GB',
  effective_cache_size: '8GB',
  random_page_cost: '1.1',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  jit: 'off',
};

export async function startTempPostgres(log: (line: string) => void = () => undefined): Promise<TempPostgres> {
  const bin = binDir();
  const root = mkdtempSync(path.join(os.tmpdir(), 'reemploi-pg-'));
  const dataDir = path.join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gw = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(root, Number(pw.stdout.trim()), Number(gw.stdout.trim()));
  }
  const run = (command: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    const result = spawnSync(full[0] as string, full[1] as string[], { encoding: 'utf8', cwd: root });
    if (result.status !== 0) {
      throw new Error(`${path.basename(command)} failed (${result.status}): ${result.stderr || result.stdout}`);
    }
    return result.stdout;
  };
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch (error) {
        log(`pg_ctl stop: ${String(error)}`);
      }
    }
    rmSync(root, { recursive: true, force: true });
    process.off('exit', stop);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.on('exit', stop);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    const port = await freePort();
    const options = [`-p ${port}`, `-k ${root}`, ...Object.entries(PG_SETTINGS).map(([k, v]) => `-c ${k}=${v}`)];
    started = true;
    run(path.join(bin, 'pg_ctl'), [
      '-D',
      dataDir,
      '-l',
      path.join(root, 'server.log'),
      '-o',
      options.join(' '),
      '-w',
      '-t',
      '60',
      'start',
    ]);
    log(`PostgreSQL started in ${root} on 127.0.0.1:${port}`);
    return { socketDir: root, port, dataDir, stop };
  } catch (error) {
    const serverLog = path.join(root, 'server.log');
    if (existsSync(serverLog)) log(readFileSync(serverLog, 'utf8').slice(-2000));
    stop();
    throw error;
  }
}
