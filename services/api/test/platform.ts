import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/shared/logger';
import { startPlatform as start } from '../src/platform';

export interface TestPlatform {
  url: string;
  dbName: string;
  stop(): Promise<void>;
}

/**
 * Starts the real platform for browser and cross-service tests: a free port, a fresh database on the
 * test run's FerretDB (or MONGODB_URI), the Cotentin demo data, the built web app and a blank basemap.
 */
export async function startPlatform(
  options: { seedDemo?: boolean; env?: Record<string, string> } = {},
): Promise<TestPlatform> {
  process.env.TZ = 'Europe/Paris';
  const uri = process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI;
  if (!uri)
    throw new Error('No test database: run through Jest (its global setup starts FerretDB) or set MONGODB_URI.');
  const dbName = `e2e_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    MONGODB_URI: uri,
    REEMPLOI_DB_NAME: dbName,
    REEMPLOI_SEED_DEMO: options.seedDemo === false ? 'false' : 'true',
    REEMPLOI_INDEX_POLL_MS: '500',
    REEMPLOI_MAP_STYLE_URL: '/styles/blank.json',
    REEMPLOI_GEOCODER_URL: '',
    LOG_LEVEL: 'warn',
    ...options.env,
  });
  const platform = await start(config, createLogger(config.logLevel));
  return {
    url: platform.url,
    dbName,
    async stop() {
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await platform.stop();
    },
  };
}
