import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const db = globalThis.__REEMPLOI_TEST_DB__;
  if (!db) return;
  await db.stop();
  rmSync(db.dataDir, { recursive: true, force: true });
}
