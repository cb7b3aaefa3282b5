import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, on a registry of their own (not prom-client's global one), so a
 * test process that builds several apps never registers a metric twice. Other modules increment
 * what concerns them here, e.g. `metrics.importRuns.inc({ source, status })` from the federation.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'reemploi_' });

// Reads are answered from memory in microseconds to milliseconds; writes and imports take longer.
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What the directory gauges read at scrape time (set by createApp; the last app built wins). */
export interface DirectoryProbe {
  ready: boolean;
  size: number;
  lastRefreshAt: Date | null;
  changeStream: boolean;
}
let directoryProbe: (() => DirectoryProbe) | null = null;
let databaseProbe: (() => boolean) | null = null;

export const metrics = {
  httpRequests: new Counter({
    name: 'reemploi_http_requests_total',
    help: 'HTTP requests by route, method and status code.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  }),
  httpDuration: new Histogram({
    name: 'reemploi_http_request_duration_seconds',
    help: 'HTTP request latency by route and method.',
    labelNames: ['route', 'method'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
  graphqlOperations: new Counter({
    name: 'reemploi_graphql_operations_total',
    help: 'GraphQL operations by operation name and type, and whether the response carried errors.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  }),
  graphqlDuration: new Histogram({
    name: 'reemploi_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency (parse to response) by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
  graphqlErrors: new Counter({
    name: 'reemploi_graphql_errors_total',
    help: 'GraphQL errors sent to clients, by extensions.code and operation name.',
    labelNames: ['code', 'operation'] as const,
    registers: [registry],
  }),
  /** For the federation module: one increment per finished import run. */
  importRuns: new Counter({
    name: 'reemploi_import_runs_total',
    help: 'Import runs by source and final status (e.g. SUCCEEDED, FAILED, INTERRUPTED).',
    labelNames: ['source', 'status'] as const,
    registers: [registry],
  }),
  directoryPlaces: new Gauge({
    name: 'reemploi_directory_places',
    help: 'Published places held by this instance’s in-memory directory index.',
    registers: [registry],
    collect() {
      this.set(directoryProbe?.().size ?? 0);
    },
  }),
  directoryReady: new Gauge({
    name: 'reemploi_directory_ready',
    help: '1 once the directory index is built.',
    registers: [registry],
    collect() {
      this.set(directoryProbe?.().ready ? 1 : 0);
    },
  }),
  directoryRefreshLag: new Gauge({
    name: 'reemploi_directory_refresh_lag_seconds',
    help: 'Seconds since the directory index last caught up with the database (alert when it grows).',
    registers: [registry],
    collect() {
      const last = directoryProbe?.().lastRefreshAt;
      this.set(last ? (Date.now() - last.getTime()) / 1000 : -1);
    },
  }),
  directoryChangeStream: new Gauge({
    name: 'reemploi_directory_change_stream',
    help: '1 when the index follows a MongoDB change stream, 0 when it polls only.',
    registers: [registry],
    collect() {
      this.set(directoryProbe?.().changeStream ? 1 : 0);
    },
  }),
  databaseUp: new Gauge({
    name: 'reemploi_database_up',
    help: '1 when the database connection is up.',
    registers: [registry],
    collect() {
      this.set(databaseProbe?.() ? 1 : 0);
    },
  }),
};

/** Points the directory and database gauges at this process's services. */
export function observe(probes: { directory: () => DirectoryProbe; database: () => boolean }): void {
  directoryProbe = probes.directory;
  databaseProbe = probes.database;
}
