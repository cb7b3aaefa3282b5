// `pnpm bench:load [--duration 60] [--connections 10] [--places 2000] [--url http://127.0.0.1:4000 --api-key …]`
// A bounded HTTP load test of the GraphQL API on loopback: mixed searches, place pages and map
// features. Without --url it starts its own platform, in a child process so the load generator does
// not share its event loop, on a throw-away embedded database (demo data plus --places synthetic
// places). Prints p50/p99 latency, throughput and errors, then stops everything.
process.env.TZ = 'Europe/Paris';

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { repoRoot, startEmbeddedDb } from '@reemploi/embedded-db';
import { PlaceModel } from '../src/modules/places/place.model';
import { assertLoopback, runLoad, seedSynthetic } from './load-core';

// pnpm may pass a leading "--" through: drop it.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    places: { type: 'string', default: '2000' },
    url: { type: 'string' },
    'api-key': { type: 'string' },
  },
});
const duration = Math.min(600, Math.max(1, Number(values.duration)));
const connections = Math.min(100, Math.max(1, Number(values.connections)));
const syntheticPlaces = Math.min(100_000, Math.max(0, Number(values.places)));

async function main() {
  let url = values.url;
  let teardown = async () => {};
  if (url) {
    assertLoopback(url);
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reemploi-load-'));
    const db = await startEmbeddedDb({ dataDir });
    // Synthetic places first, so the platform's index holds them from its start.
    await mongoose.connect(db.uri, { dbName: 'load' });
    await PlaceModel.init();
    await seedSynthetic(syntheticPlaces);
    await mongoose.disconnect();
    const root = repoRoot();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'services/api/src/main.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        MONGODB_URI: db.uri,
        REEMPLOI_DB_NAME: 'load',
        REEMPLOI_RATE_ANONYMOUS_PER_MIN: '1000000',
        REEMPLOI_GEOCODER_URL: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the platform exited with code ${code}`)));
      createInterface({ input: child.stdout! }).on('line', (text) => {
        const entry = JSON.parse(text) as { msg?: string; url?: string; level?: number };
        if (entry.msg === 'Réemploi is listening' && entry.url) resolve(entry.url);
        else if ((entry.level ?? 0) >= 50) process.stderr.write(`${text}\n`);
      });
    });
    teardown = async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }

  try {
    process.stderr.write(`load: ${connections} connections for ${duration} s against ${url}/graphql\n`);
    const summary = {
      ...(await runLoad({ url, duration, connections, apiKey: values['api-key'] })),
      node: process.version,
      cpus: os.cpus().length,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await teardown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
