import type { Server } from 'node:http';
import mongoose from 'mongoose';
import { startEmbeddedDb, type EmbeddedDb } from '@reemploi/embedded-db';
import { createApp } from './app';
import type { Config } from './config';
import type { Logger } from './shared/logger';
import { DirectoryService } from './modules/places/directory.service';
import { PlaceModel } from './modules/places/place.model';
import { SourceModel } from './modules/federation/source.model';
import { OrganizationModel } from './modules/organizations/organization.model';
import { seedDemoPlaces } from './modules/places/seed-demo-places';
import { ApiKeyModel, ApiKeyUsageModel } from './modules/partners/api-key.model';

export interface RunningPlatform {
  url: string;
  port: number;
  directory: DirectoryService;
  stop(): Promise<void>;
}

/** Connects to MongoDB (or starts the embedded FerretDB), makes sure indexes exist. */
export async function connectDatabase(config: Config, logger: Logger): Promise<{ embedded: EmbeddedDb | null }> {
  let embedded: EmbeddedDb | null = null;
  let uri = config.mongodbUri;
  if (!uri) {
    embedded = await startEmbeddedDb({ dataDir: config.dataDir, progress: (line) => logger.info(line) });
    uri = embedded.uri;
    logger.info({ uri, dataDir: config.dataDir }, 'embedded database started');
  }
  await mongoose.connect(uri, { dbName: config.dbName, serverSelectionTimeoutMS: 5000 });
  await Promise.all([PlaceModel.init(), SourceModel.init(), OrganizationModel.init(), ApiKeyModel.init(), ApiKeyUsageModel.init()]);
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
  directory.startPolling();

  const { express, apollo } = await createApp({ config, logger, directory });
  const server: Server = await new Promise((resolve) => {
    const s = express.listen(config.port, config.host, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url }, 'Réemploi is listening');

  let stopped = false;
  return {
    url,
    port,
    directory,
    async stop() {
      if (stopped) return;
      stopped = true;
      directory.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}
