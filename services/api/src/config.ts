import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '@reemploi/embedded-db';
import type { PartnersConfig } from './modules/partners/partners';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  MONGODB_URI: z.string().url().optional(),
  REEMPLOI_DB_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/).default('reemploi'),
  REEMPLOI_DATA_DIR: z.string().optional(),
  REEMPLOI_SEED_DEMO: booleanFromEnv.default(true),
  REEMPLOI_INDEX_POLL_MS: z.coerce.number().int().min(200).max(600_000).default(2000),
  REEMPLOI_MAP_STYLE_URL: z.string().default('https://tiles.openfreemap.org/styles/positron'),
  REEMPLOI_GEOCODER_URL: z.string().default('https://data.geopf.fr/geocodage'),
  REEMPLOI_CONTACT_EMAIL: z.string().email().optional(),
  REEMPLOI_WEB_DIST: z.string().optional(),
  REEMPLOI_EMBED_DIST: z.string().optional(),
  REEMPLOI_TRUST_PROXY: z.string().default('loopback'),
  REEMPLOI_RATE_ANONYMOUS_PER_MIN: z.coerce.number().int().min(1).max(1_000_000).default(300),
  REEMPLOI_RATE_KEY_DEFAULT_PER_MIN: z.coerce.number().int().min(1).max(1_000_000).default(3000),
  REEMPLOI_RATE_LIMIT_STORE: z.enum(['memory', 'mongo']).default('memory'),
  REEMPLOI_APIKEY_REFRESH_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  REEMPLOI_USAGE_FLUSH_MS: z.coerce.number().int().min(200).max(600_000).default(5000),
  REEMPLOI_QUERY_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  REEMPLOI_QUERY_MAX_COST: z.coerce.number().int().min(10).max(10_000_000).default(30_000),
  REEMPLOI_HTTP_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Set when an external MongoDB is used; otherwise the embedded database is started. */
  mongodbUri: string | undefined;
  dbName: string;
  dataDir: string;
  seedDemo: boolean;
  indexPollMs: number;
  mapStyleUrl: string;
  /** Shown to residents as a fallback way to report a mistake. */
  contactEmail: string | null;
  /** Empty string disables address geocoding in the web app (offline: towns list only). */
  geocoderUrl: string | null;
  webDist: string;
  logLevel: string;
  /** Built widget files (embed.js, carte-loader.js) served at /embed.js and /embed/carte.js. */
  embedDist: string;
  /** Express `trust proxy`: which proxies' X-Forwarded-For to believe for the client address (rate limits). */
  trustProxy: string;
  partners: PartnersConfig;
  /** GraphQL depth and cost limits, and max-age of cacheable GET responses. */
  graphql: { maxDepth: number; maxCost: number; maxAgeSeconds: number };
}

/** Parses and validates the environment once; throws a readable message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const root = repoRoot();
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    mongodbUri: e.MONGODB_URI,
    dbName: e.REEMPLOI_DB_NAME,
    dataDir: path.resolve(root, e.REEMPLOI_DATA_DIR ?? '.data'),
    seedDemo: e.REEMPLOI_SEED_DEMO,
    indexPollMs: e.REEMPLOI_INDEX_POLL_MS,
    mapStyleUrl: e.REEMPLOI_MAP_STYLE_URL,
    contactEmail: e.REEMPLOI_CONTACT_EMAIL ?? null,
    geocoderUrl: e.REEMPLOI_GEOCODER_URL === '' ? null : e.REEMPLOI_GEOCODER_URL,
    webDist: path.resolve(root, e.REEMPLOI_WEB_DIST ?? 'apps/web/dist'),
    logLevel: e.LOG_LEVEL,
    embedDist: path.resolve(root, e.REEMPLOI_EMBED_DIST ?? 'apps/embed/dist'),
    trustProxy: e.REEMPLOI_TRUST_PROXY,
    partners: {
      anonymousPerMinute: e.REEMPLOI_RATE_ANONYMOUS_PER_MIN,
      keyDefaultPerMinute: e.REEMPLOI_RATE_KEY_DEFAULT_PER_MIN,
      rateLimitStore: e.REEMPLOI_RATE_LIMIT_STORE,
      keyRefreshMs: e.REEMPLOI_APIKEY_REFRESH_MS,
      usageFlushMs: e.REEMPLOI_USAGE_FLUSH_MS,
    },
    graphql: { maxDepth: e.REEMPLOI_QUERY_MAX_DEPTH, maxCost: e.REEMPLOI_QUERY_MAX_COST, maxAgeSeconds: e.REEMPLOI_HTTP_MAX_AGE },
  };
}
