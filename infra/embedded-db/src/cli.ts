#!/usr/bin/env tsx
import path from 'node:path';
import { ensureBinary, repoRoot, startEmbeddedDb } from './index';

const command = process.argv[2] ?? 'build';

if (command === 'build') {
  const binary = await ensureBinary();
  console.log(`[embedded-db] ready: ${path.relative(repoRoot(), binary)}`);
} else if (command === 'start') {
  const dataDir = process.env.REEMPLOI_DATA_DIR ?? path.join(repoRoot(), '.data');
  const port = process.env.REEMPLOI_DB_PORT ? Number(process.env.REEMPLOI_DB_PORT) : 0;
  const db = await startEmbeddedDb({ dataDir, port });
  console.log(`[embedded-db] listening at ${db.uri} (data in ${db.dataDir}); Ctrl+C stops it`);
  const stop = () => void db.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  console.error('usage: reemploi-embedded-db build|start');
  process.exit(2);
}
