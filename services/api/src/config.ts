import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '@reemploi/embedded-db';
import type { PartnersConfig } from './modules/partners';
import { type FederationConfig, parseUrlPolicy } from './modules/federation';
import type { WebhooksConfig } from './modules/webhooks';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  MONGODB_URI: z.string().url().optional(),
  REEMPLOI_DB_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('reemploi'),
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
  REEMPLOI_INSIGHTS_FLUSH_MS: z.coerce.number().int().min(200).max(600_000).default(10_000),
  REEMPLOI_INSIGHTS_SHOWN_FLUSH_MS: z.coerce.number().int().min(200).max(3_600_000).default(300_000),
  REEMPLOI_QUERY_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  REEMPLOI_QUERY_MAX_COST: z.coerce.number().int().min(10).max(10_000_000).default(15_000),
  REEMPLOI_HTTP_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
  REEMPLOI_GRAPHQL_COMPILED: booleanFromEnv.default(true),
  // Staff accounts (modules/auth): links in invitation mails, session lifetime, optional SMTP.
  // Unset: http://localhost:<PORT> (or http://<HOST>:<PORT>), see defaultPublicUrl.
  REEMPLOI_PUBLIC_URL: z.string().url().optional(),
  REEMPLOI_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  REEMPLOI_PASSWORD_LINK_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  REEMPLOI_SUGGESTIONS_PER_MIN: z.coerce.number().int().min(1).max(10_000).default(5),
  SMTP_URL: z.string().url().optional(),
  /** Staff token until accounts exist everywhere: `Authorization: Bearer <token>` acts as an admin. */
  REEMPLOI_ADMIN_TOKEN: z.string().min(24).optional(),
  SMTP_FROM: z.string().default('Réemploi <no-reply@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REEMPLOI_DB_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  REEMPLOI_DRAIN_TIMEOUT_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  REEMPLOI_SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  REEMPLOI_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(65_000),
  REEMPLOI_METRICS_TOKEN: z.string().min(16).optional(),
  // Federation (modules/federation): imports, their geocoder and their schedule.
  REEMPLOI_IMPORT_GEOCODER_URL: z.string().optional(),
  REEMPLOI_GEOCODER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(8),
  REEMPLOI_GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  REEMPLOI_IMPORT_MAX_MB: z.coerce.number().int().min(1).max(100_000).default(1024),
  // Back-office uploads: sized for ADEME's national LVAO export with room to spare; per user per minute.
  REEMPLOI_UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(100_000).default(512),
  REEMPLOI_UPLOADS_PER_MIN: z.coerce.number().int().min(1).max(1000).default(5),
  REEMPLOI_IMPORT_LOCK_TTL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
  REEMPLOI_SCHEDULER_TICK_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  REEMPLOI_DATA_INCLUSION_TOKEN: z.string().optional(),
  // Where source URLs may point (modules/federation/sources/url-policy.ts): any public host unless restricted.
  REEMPLOI_IMPORT_ALLOWED_HOSTS: z
    .string()
    .default('*')
    .transform((text, ctx) => {
      try {
        return parseUrlPolicy(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  REEMPLOI_IMPORT_FETCH_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  REEMPLOI_DATA_INCLUSION_URL: z.string().url().default('https://api.data.inclusion.gouv.fr'),
  // Partners' webhooks (modules/webhooks): same address rules as imports (REEMPLOI_IMPORT_ALLOWED_HOSTS).
  REEMPLOI_WEBHOOK_TICK_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
  REEMPLOI_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  REEMPLOI_WEBHOOK_RETRY_WINDOW_MS: z.coerce.number().int().min(1000).max(604_800_000).default(86_400_000),
  REEMPLOI_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
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
  /** How often the anonymous demand counters are added to the database (modules/insights). */
  insightsFlushMs: number;
  /** How often the places shown in results are written (each process's running totals of the day: larger writes). */
  insightsShownFlushMs: number;
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
  graphql: {
    maxDepth: number;
    maxCost: number;
    maxAgeSeconds: number;
    /** Public reads executed by queries compiled with graphql-jit (shared/http/compiled-execution.plugin). */
    compiledExecution: boolean;
  };
  /** Operations: database fail-fast timeout, graceful shutdown, /metrics access. */
  operations: OperationsConfig;
  /** Staff accounts: see docs/staff-guide.md. */
  auth: AuthConfig;
  /** Imports of sources (modules/federation). */
  federation: FederationConfig;
  /** Partners' webhooks: delivery round, back-off, retry window (modules/webhooks). */
  webhooks: WebhooksConfig;
}

export interface AuthConfig {
  /** Base of links sent to staff (password setup): REEMPLOI_PUBLIC_URL, else this server's own HOST and PORT. */
  publicUrl: string;
  /** False when REEMPLOI_PUBLIC_URL is unset and publicUrl was guessed from HOST and PORT. */
  publicUrlConfigured: boolean;
  /** Session cookies are Secure unless NODE_ENV is test/development and the public URL is plain http. */
  secureCookies: boolean;
  sessionHours: number;
  passwordLinkHours: number;
  suggestionsPerMinute: number;
  /** Unset: invitation links are only shown to the admin (no mail). */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** REEMPLOI_ADMIN_TOKEN: a bearer token that acts as an `ADMIN` viewer (automation, first setup). */
  adminToken: string | undefined;
}

export interface OperationsConfig {
  /** How long a database operation waits for a reachable server before failing with UNAVAILABLE. */
  dbTimeoutMs: number;
  /** On SIGTERM: how long requests in flight may take to finish before their connections are cut. */
  drainTimeoutMs: number;
  /** On SIGTERM: how long /readyz answers 503 before the listener closes (load balancers catch up). */
  shutdownDelayMs: number;
  /**
   * How long an idle kept-alive connection stays open. Longer than the proxy's own idle time for its
   * upstream connections (Caddy here: 60 s), or the proxy may send a request on a connection the API is
   * closing and answer 502. Node's default, 5 s, is shorter than every common proxy's.
   */
  keepAliveTimeoutMs: number;
  /** When set, /metrics requires `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** False in production without a token: /metrics is not served (404) rather than served to anyone. */
  metricsEnabled: boolean;
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
  const publicUrl = e.REEMPLOI_PUBLIC_URL ?? defaultPublicUrl(e.HOST, e.PORT);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    mongodbUri: e.MONGODB_URI,
    dbName: e.REEMPLOI_DB_NAME,
    dataDir: path.resolve(root, e.REEMPLOI_DATA_DIR ?? '.data'),
    seedDemo: e.REEMPLOI_SEED_DEMO,
    indexPollMs: e.REEMPLOI_INDEX_POLL_MS,
    insightsFlushMs: e.REEMPLOI_INSIGHTS_FLUSH_MS,
    insightsShownFlushMs: e.REEMPLOI_INSIGHTS_SHOWN_FLUSH_MS,
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
    graphql: {
      maxDepth: e.REEMPLOI_QUERY_MAX_DEPTH,
      maxCost: e.REEMPLOI_QUERY_MAX_COST,
      maxAgeSeconds: e.REEMPLOI_HTTP_MAX_AGE,
      compiledExecution: e.REEMPLOI_GRAPHQL_COMPILED,
    },
    operations: {
      dbTimeoutMs: e.REEMPLOI_DB_TIMEOUT_MS,
      drainTimeoutMs: e.REEMPLOI_DRAIN_TIMEOUT_MS,
      shutdownDelayMs: e.REEMPLOI_SHUTDOWN_DELAY_MS,
      keepAliveTimeoutMs: e.REEMPLOI_KEEP_ALIVE_TIMEOUT_MS,
      metricsToken: e.REEMPLOI_METRICS_TOKEN,
      metricsEnabled: e.NODE_ENV !== 'production' || e.REEMPLOI_METRICS_TOKEN !== undefined,
    },
    auth: {
      publicUrl: publicUrl.replace(/\/+$/, ''),
      publicUrlConfigured: e.REEMPLOI_PUBLIC_URL !== undefined,
      secureCookies: e.NODE_ENV === 'production' || publicUrl.startsWith('https:'),
      sessionHours: e.REEMPLOI_SESSION_HOURS,
      passwordLinkHours: e.REEMPLOI_PASSWORD_LINK_HOURS,
      suggestionsPerMinute: e.REEMPLOI_SUGGESTIONS_PER_MIN,
      smtpUrl: e.SMTP_URL,
      smtpFrom: e.SMTP_FROM,
      adminToken: e.REEMPLOI_ADMIN_TOKEN,
    },
    federation: {
      geocoderUrl: (e.REEMPLOI_IMPORT_GEOCODER_URL ?? e.REEMPLOI_GEOCODER_URL) || null,
      geocoderConcurrency: e.REEMPLOI_GEOCODER_CONCURRENCY,
      geocoderTimeoutMs: e.REEMPLOI_GEOCODER_TIMEOUT_MS,
      maxBytes: e.REEMPLOI_IMPORT_MAX_MB * 1024 * 1024,
      // An upload larger than an import may read could never be imported.
      uploadMaxBytes: Math.min(e.REEMPLOI_UPLOAD_MAX_MB, e.REEMPLOI_IMPORT_MAX_MB) * 1024 * 1024,
      uploadsPerMinute: e.REEMPLOI_UPLOADS_PER_MIN,
      fetchTimeoutMs: e.REEMPLOI_IMPORT_FETCH_TIMEOUT_MS,
      urlPolicy: e.REEMPLOI_IMPORT_ALLOWED_HOSTS,
      lockTtlMs: e.REEMPLOI_IMPORT_LOCK_TTL_MS,
      schedulerTickMs: e.REEMPLOI_SCHEDULER_TICK_MS,
      dataInclusionToken: e.REEMPLOI_DATA_INCLUSION_TOKEN || null,
      dataInclusionUrl: e.REEMPLOI_DATA_INCLUSION_URL,
    },
    webhooks: {
      tickMs: e.REEMPLOI_WEBHOOK_TICK_MS,
      retryBaseMs: e.REEMPLOI_WEBHOOK_RETRY_BASE_MS,
      retryWindowMs: e.REEMPLOI_WEBHOOK_RETRY_WINDOW_MS,
      timeoutMs: e.REEMPLOI_WEBHOOK_TIMEOUT_MS,
    },
  };
}

/** Where this server answers when nobody said otherwise: localhost for the wildcard interfaces. */
function defaultPublicUrl(host: string, port: number): string {
  const name = ['', '0.0.0.0', '::', '[::]'].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** Settings that work but are probably a mistake in this environment; logged once at start. */
export function configWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.env === 'production' && !config.auth.publicUrlConfigured)
    warnings.push(
      `REEMPLOI_PUBLIC_URL is not set: links in invitation and password mails point at ${config.auth.publicUrl}. Set it to the address staff use (e.g. https://reemploi.example.fr).`,
    );
  return warnings;
}
