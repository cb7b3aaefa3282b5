import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import express, { type Express, type RequestHandler } from 'express';
import mongoose from 'mongoose';
import type { Config } from './config';
import type { Context } from './shared/context';
import { etagOnReads } from './shared/http/etag-on-reads';
import { compressionWhenAccepted } from './shared/http/compression-when-accepted';
import { formatGraphQLError, httpErrorHandler } from './shared/http/error-formatting';
import { healthRoutes } from './shared/http/health';
import { runtimeConfigRoutes } from './shared/http/runtime-config';
import { securityHeaders } from './shared/http/security-headers';
import { Lifecycle } from './shared/lifecycle';
import { FederationService, uploadsRouter } from './modules/federation';
import { graphqlMetricsPlugin } from './shared/observability/graphql-metrics.plugin';
import { httpMetrics } from './shared/observability/http-metrics';
import { metricsEndpoint } from './shared/observability/metrics-endpoint';
import { observe } from './shared/observability/metrics';
import { requestLogging } from './shared/observability/request-logging';
import type { Logger } from './shared/logger';
import { loadTypeDefs, resolvers } from './composition/schema';
import { type DirectoryService, PlacesService, placeFieldCosts } from './modules/places';
import { Partners, partnerOf, embedAssets } from './modules/partners';
import { createBackOffice, type BackOffice } from './composition/back-office';
import { Mailer, authenticate, sessionCookieOf, viewerOf } from './modules/auth';
import { exportsRouter } from './modules/exports';
import { eventsAgenda, guidesRouter } from './modules/guides';
import { EventsService, eventFieldCosts, icalRouter } from './modules/events';
import { serveWebApp } from './modules/web';
import { WebhookWorker, Webhooks } from './modules/webhooks';
import { Insights } from './modules/insights';
import { BoardService, boardPhotosRouter } from './modules/board';
import { impactCounterRouter } from './modules/impact';
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

/**
 * What every answer goes through before its route: request log and id, metrics, draining, security
 * headers, compression, ETags on GET/HEAD (for an app with Express's own `etag` setting off). Exported for `pnpm bench:http`, which puts its bare route behind the same stack.
 */
export function httpStack(config: Config, logger: Logger, lifecycle: Lifecycle): RequestHandler[] {
  return [
    requestLogging(logger),
    httpMetrics(),
    lifecycle.track(),
    securityHeaders(config),
    compressionWhenAccepted(),
    etagOnReads(),
  ];
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
  const events = new EventsService({ logger, pollMs: config.indexPollMs });
  await events.start();
  // Partners' webhooks: every instance fans the change log out and sends what is due (modules/webhooks).
  const webhooks = new Webhooks(config.federation.urlPolicy);
  const webhookWorker = new WebhookWorker({
    config: config.webhooks,
    policy: config.federation.urlPolicy,
    mailer: mailer === undefined ? Mailer.fromConfig(config.auth) : mailer,
    logger,
  });
  webhookWorker.start();
  // The resource board between structures: matching offers mailed at once or in a daily digest (modules/board).
  const board = new BoardService({
    mailer: mailer === undefined ? Mailer.fromConfig(config.auth) : mailer,
    logger,
    publicUrl: config.auth.publicUrl,
  });
  board.start();
  // Anonymous demand counters, kept in memory and flushed in batches (modules/insights).
  const insights = new Insights({
    directory,
    logger,
    flushMs: config.insightsFlushMs,
    shownFlushMs: config.insightsShownFlushMs,
  });
  insights.start();
  // Public reads repeated within a minute and an index generation are answered from memory; a write
  // to a place or to an event moves the generation (both only grow, so their sum never repeats).
  const publicGeneration = {
    index: {
      get generation() {
        return directory.index.generation + events.generation;
      },
    },
  };
  const responseCache = new ResponseCache(RESPONSE_CACHE_BYTES);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: formatGraphQLError(logger),
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
      queryLimitsPlugin({
        ...config.graphql,
        fieldCosts: { ...placeFieldCosts(() => directory.index.size), ...eventFieldCosts() },
      }),
      graphqlMetricsPlugin(),
      compiledExecutionPlugin({ enabled: config.graphql.compiledExecution }),
      // After the plugins that set headers: it keeps the final ones with a cacheable answer.
      responseCachePlugin(),
      {
        serverWillStart: async () => ({
          serverWillStop: async () => {
            events.stop();
            await webhookWorker.stop();
            await board.stop();
            await insights.stop();
            await partners.stop();
          },
        }),
      },
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

  healthRoutes(app, { directory, lifecycle });
  if (config.operations.metricsEnabled) app.get('/metrics', metricsEndpoint(config.operations.metricsToken));
  else logger.warn('/metrics is off: in production it needs REEMPLOI_METRICS_TOKEN (docs/operations.md)');
  app.use((req, res, next) => {
    if (/^\/metrics(\/|$)/i.test(req.path)) res.status(404).type('text').send('Not found\n');
    else next();
  });
  runtimeConfigRoutes(app, config, { passwordLinksByMail: backOffice.mailsPasswordLinks });

  app.use(embedAssets(config.embedDist));
  // The impact counter partners frame (modules/impact): server-rendered HTML, rate-limited like exports.
  app.use('/embed/impact', partners.guard(), impactCounterRouter({ publicUrl: config.auth.publicUrl }));
  app.use('/exports', partners.guard(), exportsRouter(directory));
  // Printable commune guides (modules/guides): built from the in-memory directory, rate-limited like exports.
  app.use(
    '/guide',
    partners.guard(),
    guidesRouter({ directory, agenda: eventsAgenda(events), publicUrl: config.auth.publicUrl }),
  );
  // Calendar feeds (modules/events): answered from the in-memory agenda, rate-limited like exports.
  app.use('/ical', partners.guard(), icalRouter({ events, directory, publicUrl: config.auth.publicUrl }));
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
  // Board photos (modules/board): uploaded raw, resized and stripped of metadata, served from the database.
  app.use(
    '/board',
    boardPhotosRouter({ auth: config.auth, sessions: backOffice.sessions, limits: partners.limits, logger }),
  );
  const requestContext = async ({ req, res }: { req: express.Request; res: express.Response }): Promise<Context> => {
    const now = new Date();
    return {
      places: places.forRequest(),
      directory,
      logger: req.log ?? logger,
      now,
      insights: insights.forRequest(req, now, responseCacheTicketOf(res)),
      partner: partnerOf(res),
      apiKeys: partners.apiKeys,
      viewer: viewerOf(res),
      session: sessionCookieOf(res, config.auth),
      clientAddress: req.ip ?? 'unknown',
      backOffice,
      federation,
      events,
      webhooks,
      board,
      responseCache: responseCacheTicketOf(res),
    };
  };
  app.use(
    '/graphql',
    partners.guard(),
    authenticate(config.auth, backOffice.sessions),
    express.json({ limit: '100kb' }),
    responseCacheLayer(responseCache, publicGeneration),
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

  app.use(httpErrorHandler(logger));

  return { express: app, apollo, lifecycle, federation, backOffice };
}

/** REEMPLOI_TRUST_PROXY: a hop count, true/false, or Express's names and addresses (loopback, 10.0.0.0/8…). */
function trustProxy(value: string): boolean | number | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}
