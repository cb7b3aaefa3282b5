import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { startEmbeddedDb, type EmbeddedDb } from '@reemploi/embedded-db';

declare global {
  var __REEMPLOI_TEST_DB__: EmbeddedDb | undefined;
}

/** Starts one FerretDB for the whole test run, unless MONGODB_URI points at a server already. */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) {
    process.env.REEMPLOI_TEST_MONGODB_URI = process.env.MONGODB_URI;
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reemploi-test-db-'));
  const db = await startEmbeddedDb({ dataDir });
  globalThis.__REEMPLOI_TEST_DB__ = db;
  process.env.REEMPLOI_TEST_MONGODB_URI = db.uri;
}
