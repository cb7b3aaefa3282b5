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
  const db = await startEmbeddedDb({
    dataDir,
    // A crash of FerretDB's SQLite library under the suite's concurrent reads must not fail every later
    // test: the server is started again on the same port and files (what was committed survives).
    restartOnCrash: true,
    onRestart: ({ code, signal, restarted, error }) =>
      process.stderr.write(
        `[test database] FerretDB died (code ${code}, signal ${signal}); ${restarted ? 'started again' : `not restarted: ${error?.message}`}; see ${path.join(dataDir, 'ferretdb.log')}\n`,
      ),
  });
  globalThis.__REEMPLOI_TEST_DB__ = db;
  process.env.REEMPLOI_TEST_MONGODB_URI = db.uri;
}
