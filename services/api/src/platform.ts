import type { Server } from 'node:http';
import mongoose from 'mongoose';
import { startEmbeddedDb, type EmbeddedDb } from '@reemploi/embedded-db';
import { createApp } from './app';
import { Lifecycle } from './shared/lifecycle';
import type { Config } from './config';
import type { Logger } from './shared/logger';
import { DirectoryService } from './modules/places';
import { initPlaces } from './modules/places';
import { SourceModel } from './modules/places';
import { ImportRunModel } from './modules/federation';
import { MatchReviewModel, PendingClosureModel } from './modules/federation';
import { OrganizationModel } from './modules/organizations';
import { seedDemoPlaces } from './modules/places';
import { ApiKeyModel, ApiKeyUsageModel } from './modules/partners';
import { initBackOfficeModels } from './composition/models';
import { UploadSweeper } from './modules/federation';

export interface RunningPlatform {
  url: string;
  port: number;
  directory: DirectoryService;
  lifecycle: Lifecycle;
  /** Graceful stop: readiness off, drain requests in flight (bounded), then close the databases. */
  stop(): Promise<void>;
}

/** Connects to MongoDB (or starts the embedded FerretDB), makes sure indexes exist. */
export async function connectDatabase(config: Config, logger: Logger): Promise<{ embedded: EmbeddedDb | null }> {
  let embedded: EmbeddedDb | null = null;
  let uri = config.mongodbUri;
  if (!uri) {
    embedded = await startEmbeddedDb({
      dataDir: config.dataDir,
      progress: (line) => logger.info(line),
      // A crash of the embedded server (its SQLite library can fault under concurrent reads) is not the
      // end of the platform: it is started again on the same port and files; requests meanwhile get
      // UNAVAILABLE, and the driver reconnects.
      restartOnCrash: true,
      onRestart: ({ code, signal, restarted, error }) =>
        restarted
          ? logger.error({ code, signal }, 'embedded database died; started again')
          : logger.error({ code, signal, err: error }, 'embedded database died and could not be started again'),
    });
    uri = embedded.uri;
    logger.info({ uri, dataDir: config.dataDir }, 'embedded database started');
  }
  // Fail fast when the database is away: no buffering of commands, a short server selection, frequent
  // heartbeats so /readyz notices. Errors become UNAVAILABLE (shared/errors.ts: databaseUnavailable).
  // Buffering is turned off only once connected: on a reconnection in the same process (benches start
  // one platform after another) mongoose re-runs each model's init() while connecting, which must wait.
  const timeout = config.operations.dbTimeoutMs;
  // A hung server (stalled disk, SIGSTOP, a partition dropping packets) still accepts TCP connections
  // but never answers. The heartbeat notices: a check every half timeout, answered within half a timeout,
  // else the server is marked down and the commands waiting on it are interrupted, so a command sent to
  // a hung server fails within about the timeout (twice, for one the driver retries: reads, and writes
  // on a replica set). No socketTimeoutMS: a long command on a live server (an index build, a large
  // import batch) is not a hang, and the heartbeat tells them apart. At least a second to answer: a busy
  // machine's event loop stalls for hundreds of milliseconds, which must not pass for a hung database.
  const half = Math.max(500, Math.min(10_000, Math.round(timeout / 2)));
  mongoose.connection.set('bufferCommands', true);
  try {
    await mongoose.connect(uri, {
      dbName: config.dbName,
      serverSelectionTimeoutMS: timeout,
      heartbeatFrequencyMS: half,
      connectTimeoutMS: Math.max(1000, half),
      // Waiting for a free connection (all busy on a hung server, or opening a new one) is bounded too.
      waitQueueTimeoutMS: timeout,
    });
  } finally {
    mongoose.connection.set('bufferCommands', false);
  }
  await Promise.all([
    initPlaces(),
    SourceModel.init(),
    OrganizationModel.init(),
    ApiKeyModel.init(),
    ApiKeyUsageModel.init(),
    initBackOfficeModels(),
    ImportRunModel.init(),
    MatchReviewModel.init(),
    PendingClosureModel.init(),
  ]);
  return { embedded };
}

/** Starts the whole platform: database, demo data on first start, directory index, HTTP server. */
export async function startPlatform(config: Config, logger: Logger): Promise<RunningPlatform> {
  const { embedded } = await connectDatabase(config, logger);
  if (config.seedDemo) {
    const seeded = await seedDemoPlaces();
    if (seeded.created > 0) logger.info(seeded, 'Cotentin demo data loaded');
  }
  const directory = new DirectoryService({ pollMs: config.indexPollMs, logger });
  await directory.build();
  await directory.startFollowing();

  const lifecycle = new Lifecycle();
  const { express, apollo, federation } = await createApp({ config, logger, directory, lifecycle });
  federation.scheduler.start();
  const uploadSweeper = new UploadSweeper({ logger });
  uploadSweeper.start();
  const server: Server = await new Promise((resolve) => {
    const s = express.listen(config.port, config.host, () => resolve(s));
  });
  // Idle kept-alive connections outlive the proxy's (config.ts: keepAliveTimeoutMs), so the proxy closes first.
  server.keepAliveTimeout = config.operations.keepAliveTimeoutMs;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url }, 'Réemploi is listening');

  const { drainTimeoutMs, shutdownDelayMs } = config.operations;
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    // /readyz turns 503 at once; the optional delay lets load balancers see it before the port closes.
    lifecycle.startDraining();
    if (shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, shutdownDelayMs));
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (!(await lifecycle.waitForIdle(drainTimeoutMs))) {
      logger.warn(
        { inFlight: lifecycle.requestsInFlight, drainTimeoutMs },
        'drain timeout: cutting the remaining requests',
      );
    }
    server.closeAllConnections();
    await closed;
    federation.scheduler.stop();
    await uploadSweeper.stop();
    directory.stop();
    await apollo.stop();
    await mongoose.disconnect();
    await embedded?.stop();
    logger.info('stopped');
  };
  return {
    url,
    port,
    directory,
    lifecycle,
    stop() {
      stopping ??= stop();
      return stopping;
    },
  };
}
