import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startEmbeddedDb } from '@reemploi/embedded-db';

/**
 * Runs `bench` connected (mongoose's default connection) to a fresh database named `<name>_<time>`: on
 * MONGODB_URI when set, else on an embedded FerretDB in a temporary folder; drops and removes it after.
 * `label` says which of the two it is.
 */
export async function withBenchDatabase(name: string, bench: (label: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), `bench-${name}-`));
  const embedded = process.env.MONGODB_URI ? null : await startEmbeddedDb({ dataDir: path.join(dir, 'db') });
  try {
    await mongoose.connect(process.env.MONGODB_URI ?? embedded!.uri, { dbName: `bench_${name}_${Date.now()}` });
    await bench(process.env.MONGODB_URI ? 'MONGODB_URI' : 'embedded FerretDB (SQLite)');
  } finally {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
