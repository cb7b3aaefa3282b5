import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import helmet from 'helmet';
import mongoose from 'mongoose';
import type { Config } from './config';
import type { Context } from './shared/context';
import { AppError, ErrorCode, databaseUnavailable } from './shared/errors';
import { etagOnReads } from './shared/http/etag-on-reads';
import { Lifecycle } from './shared/lifecycle';
import { FederationService, uploadsRouter } from './modules/federation';
import { graphqlMetricsPlugin } from './shared/observability/graphql-metrics.plugin';
import { httpMetrics } from './shared/observability/http-metrics';
import { metricsEndpoint } from './shared/observability/metrics-endpoint';
import { observe } from './shared/observability/metrics';
import { requestLogging } from './shared/observability/request-logging';
import type { Logger } from './shared/logger';
import { loadTypeDefs, resolvers } from './composition/schema';
import { version } from './shared/version';
import { type DirectoryService, PlacesService, placeFieldCosts } from './modules/places';
import { Partners, partnerOf, embedAssets } from './modules/partners';
import { createBackOffice, type BackOffice } from './composition/back-office';
import { type Mailer, authenticate, sessionCookieOf, viewerOf } from './modules/auth';
import { exportsRouter } from './modules/exports';
import { serveWebApp } from './modules/web';
import { compiledExecutionPlugin } from './shared/http/compiled-execution.plugin';
import { httpCachePlugin } from './shared/http/http-cache.plugin';
import { MAX_TOKENS, queryLimitsPlugin } from './shared/http/query-limits.plugin';
import {
  ResponseCache,
  responseCacheLayer,
  responseCachePlugin,
  responseCacheTicketOf,
} from './shared/http/response-cache';

export interface AppDeps {
  config: Config;
  logger: Logger;
  directory: DirectoryService;
  /** Serving state for graceful shutdown (the platform passes its own; a new one otherwise). */
  lifecycle?: Lifecycle;
  /** Staff mail (password links); from SMTP_URL when not given (tests pass a JSON transport). */
  mailer?: Mailer | null;
}

export interface App {
  express: Express;
  apollo: ApolloServer<Context>;
  lifecycle: Lifecycle;
  /** Sources and imports (the platform starts its scheduler). */
  federation: FederationService;
  /** Staff services (tests wait for the password links being mailed). */
  backOffice: BackOffice;
}

/** Serialized answers kept for repeated public reads (shared/http/response-cache). */
const RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

const CLIENT_SYNTAX_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Maps every error to a stable code and a readable message; internal errors are logged, never leaked. */
function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown) => {
    const unwrapped = unwrapResolverError(error);
    const original = databaseUnavailable(unwrapped) ?? unwrapped;
    if (original !== unwrapped) logger.warn({ err: unwrapped }, 'database unreachable; answered UNAVAILABLE');
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: original.extensions,
      };
    }
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (CLIENT_SYNTAX_CODES.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code },
      };
    }
    // Apollo's own request errors without a code (APQ version or hash mismatch) carry an HTTP 4xx status.
    const httpStatus = (unwrapped as { extensions?: { http?: { status?: number } } } | null)?.extensions?.http?.status;
    // …and so do operation-level errors graphql-js raises outside any resolver (a subscription, which this
    // schema does not have): no path, no original error.
    const operationLevel = unwrapped instanceof GraphQLError && !unwrapped.originalError && !formatted.path;
    if (
      code === ErrorCode.INTERNAL_SERVER_ERROR &&
      ((httpStatus !== undefined && httpStatus < 500) || operationLevel)
    ) {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'BAD_REQUEST' } };
    }
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.error({ err: original }, 'unexpected error in a resolver');
      return { message: 'Unexpected server error; it has been logged.', path: formatted.path, extensions: { code } };
    }
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { ...extensions, code },
    };
  };
}

function contentSecurityPolicy(config: Config) {
  return {
    useDefaults: true,
    directives: {
      'default-src': ["'self'"],
      // MapLibre fetches styles, tiles, glyphs and sprites from the configured basemap host.
      'connect-src': ["'self'", 'https:'],
      'img-src': ["'self'", 'data:', 'blob:', 'https:'],
      'worker-src': ["'self'", 'blob:'],
      'child-src': ["'self'", 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'script-src': ["'self'"],
      'frame-ancestors': ["'self'"],
      'upgrade-insecure-requests': config.env === 'production' ? [] : null,
    },
  };
}

/**
 * What every answer goes through before its route: request log and id, metrics, draining, security
 * headers, compression, ETags on GET/HEAD (for an app with Express's own `etag` setting off). Exported for `pnpm bench:http`, which puts its bare route behind the same stack.
 */
export function httpStack(config: Config, logger: Logger, lifecycle: Lifecycle): RequestHandler[] {
  return [
    requestLogging(logger),
    httpMetrics(),
    lifecycle.track(),
    helmet({ contentSecurityPolicy: contentSecurityPolicy(config), crossOriginEmbedderPolicy: false }),
    compressionWhenAccepted(),
    etagOnReads(),
  ];
}

/**
 * compression() for requests that accept an encoding (every browser does). The others skip it: it could
 * not compress their answer anyway, and wrapping the response still cost about 30 % of the throughput of
 * a small answer (scripts and servers calling the API without Accept-Encoding).
 */
function compressionWhenAccepted(): RequestHandler {
  const compress = compression();
  return (req, res, next) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    res.vary('Accept-Encoding'); // what compression() says of the answers it could have compressed
    next();
  };
}

/** Builds the Express application: GraphQL API, health endpoints, runtime config and the web app. */
export async function createApp({
  config,
  logger,
  directory,
  lifecycle = new Lifecycle(),
  mailer,
}: AppDeps): Promise<App> {
  observe({
    directory: () => ({
      ready: directory.ready,
      size: directory.index.size,
      lastRefreshAt: directory.lastRefreshAt,
      changeStream: directory.followsChangeStream,
    }),
    database: () => mongoose.connection.readyState === 1,
  });
  const places = new PlacesService(directory);
  const partners = new Partners(config.partners, logger);
  await partners.start();
  const backOffice = createBackOffice({ config: config.auth, logger, directory, limits: partners.limits, mailer });
  const federation = new FederationService({ config: config.federation, logger, directory });
  // Public reads repeated within a minute and an index generation are answered from memory.
  const responseCache = new ResponseCache(RESPONSE_CACHE_BYTES);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    // GET reads must work as simple requests (widgets, CDNs). Staff session cookies (SameSite=Strict)
    // and the admin token only count on requests a browser must preflight (modules/auth/session-cookie):
    // Apollo's CSRF rule, applied where credentials are, so public GETs stay simple.
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      httpCachePlugin({ maxAgeSeconds: config.graphql.maxAgeSeconds }),
      queryLimitsPlugin({ ...config.graphql, fieldCosts: placeFieldCosts(() => directory.index.size) }),
      graphqlMetricsPlugin(),
      compiledExecutionPlugin({ enabled: config.graphql.compiledExecution }),
      // After the plugins that set headers: it keeps the final ones with a cacheable answer.
      responseCachePlugin(),
      { serverWillStart: async () => ({ serverWillStop: () => partners.stop() }) },
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Only GET and HEAD answers get an ETag (etagOnReads, in httpStack): nothing revalidates a POST.
  app.set('etag', false);
  app.set('trust proxy', trustProxy(config.trustProxy));
  // One spelling per route: `/metrics/` and `/METRICS` are not `/metrics` (nor are they the web app).
  app.set('strict routing', true);
  app.set('case sensitive routing', true);
  app.use(...httpStack(config, logger, lifecycle));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', version });
  });
  app.get('/readyz', (_req, res) => {
    const database = mongoose.connection.readyState === 1;
    const ready = database && directory.ready && !lifecycle.draining;
    res.status(ready ? 200 : 503).json({
      status: lifecycle.draining ? 'draining' : ready ? 'ready' : 'not-ready',
      database: database ? 'up' : 'down',
      index: { built: directory.ready, places: directory.index.size, lastRefreshAt: directory.lastRefreshAt },
    });
  });
  // For load balancers and Kubernetes readiness: an instance without its database still answers
  // searches from memory, so only a missing index or draining takes it out of rotation.
  app.get('/readyz/reads', (_req, res) => {
    const serving = directory.ready && !lifecycle.draining;
    res
      .status(serving ? 200 : 503)
      .json({ status: lifecycle.draining ? 'draining' : serving ? 'serving' : 'not-ready' });
  });
  if (config.operations.metricsEnabled) app.get('/metrics', metricsEndpoint(config.operations.metricsToken));
  else logger.warn('/metrics is off: in production it needs REEMPLOI_METRICS_TOKEN (docs/operations.md)');
  app.use((req, res, next) => {
    if (/^\/metrics(\/|$)/i.test(req.path)) res.status(404).type('text').send('Not found\n');
    else next();
  });
  app.get('/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json({
      mapStyleUrl: config.mapStyleUrl,
      geocoderUrl: config.geocoderUrl,
      contactEmail: config.contactEmail,
      // The back-office's "forgot password" page only promises a mail when one can be sent.
      passwordLinksByMail: backOffice.mailsPasswordLinks,
    });
  });

  // A blank basemap for offline deployments and tests (REEMPLOI_MAP_STYLE_URL=/styles/blank.json).
  app.get('/styles/blank.json', (_req, res) => {
    res.json({
      version: 8,
      name: 'blank',
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2ee' } }],
    });
  });

  app.use(embedAssets(config.embedDist));
  app.use('/exports', partners.guard(), exportsRouter(directory));
  // Files staff upload for an import (stored in the database: any instance can preview and import them).
  app.use(
    '/admin/uploads',
    uploadsRouter({
      auth: config.auth,
      sessions: backOffice.sessions,
      maxBytes: config.federation.uploadMaxBytes,
      limits: partners.limits,
      perMinute: config.federation.uploadsPerMinute,
      logger,
    }),
  );
  const requestContext = async ({ req, res }: { req: express.Request; res: express.Response }): Promise<Context> => ({
    places: places.forRequest(),
    directory,
    logger: req.log ?? logger,
    now: new Date(),
    partner: partnerOf(res),
    apiKeys: partners.apiKeys,
    viewer: viewerOf(res),
    session: sessionCookieOf(res, config.auth),
    clientAddress: req.ip ?? 'unknown',
    backOffice,
    federation,
    responseCache: responseCacheTicketOf(res),
  });
  app.use(
    '/graphql',
    partners.guard(),
    authenticate(config.auth, backOffice.sessions),
    express.json({ limit: '100kb' }),
    responseCacheLayer(responseCache, directory),
    expressMiddleware(apollo, { context: requestContext }),
  );

  serveWebApp(app, {
    webDist: config.webDist,
    logger,
    preload: config.env !== 'test',
    // Results pages come with their first results (modules/web): the same operations as the app's,
    // as an anonymous request counted in its address's rate limit.
    admit: async (req) =>
      (await partners.limits.consume(`ip:${req.ip ?? 'unknown'}`, config.partners.anonymousPerMinute)).allowed,
    executeFor: (req, res) => async (query, variables) => {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: await requestContext({ req, res }) },
      );
      return response.body.kind === 'single' ? response.body.singleResult : { errors: ['incremental delivery'] };
    },
  });

  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    // The database failing under a middleware (a staff session looked up before the GraphQL request
    // runs, an upload) is the same outage the resolvers report: 503 UNAVAILABLE, retryable.
    const down = databaseUnavailable(error);
    if (down) {
      logger.warn({ err: error }, 'database unreachable; answered UNAVAILABLE');
      res.status(503).json({ errors: [{ message: down.message, extensions: { code: down.code, ...down.details } }] });
      return;
    }
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) logger.error({ err: error }, 'unhandled HTTP error');
    // A body over the limit is the client's mistake too: the stable code, the precise reason beside it.
    const code = status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR;
    const reason = status === 413 ? { reason: 'PAYLOAD_TOO_LARGE' } : {};
    const message = status < 500 ? (error as Error).message : 'Unexpected server error; it has been logged.';
    res.status(status).json({ errors: [{ message, extensions: { code, ...reason } }] });
  });

  return { express: app, apollo, lifecycle, federation, backOffice };
}

/** REEMPLOI_TRUST_PROXY: a hop count, true/false, or Express's names and addresses (loopback, 10.0.0.0/8…). */
function trustProxy(value: string): boolean | number | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}
