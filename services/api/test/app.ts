import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/shared/logger';
import type { BackOffice } from '../src/composition/back-office';
import type { Mailer } from '../src/modules/auth/mailer';
import { DirectoryService } from '../src/modules/places/directory.service';
import { PlaceModel } from '../src/modules/places/place.model';
import { SourceModel } from '../src/modules/places/source.model';
import { seedDemoPlaces } from '../src/modules/places/seed-demo-places';
import { useTestDatabase } from './db';

export interface TestApp {
  app: Express;
  directory: DirectoryService;
  /** Staff services of the app (password resets in flight…). */
  backOffice: BackOffice;
  /** POSTs a GraphQL operation and returns the parsed body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/**
 * An API app on this file's own database, seeded with the Cotentin demo data unless told otherwise;
 * `mailer` stands in for SMTP (a nodemailer JSON transport).
 */
export function useTestApp(
  options: { seedDemo?: boolean; env?: Record<string, string>; mailer?: Mailer | null } = {},
): TestApp {
  useTestDatabase();
  const ctx = {} as TestApp;
  beforeAll(async () => {
    process.env.TZ = 'Europe/Paris';
    await Promise.all([PlaceModel.init(), SourceModel.init()]);
    if (options.seedDemo !== false) await seedDemoPlaces();
    const logger = createLogger('silent');
    const config = loadConfig({ NODE_ENV: 'test', REEMPLOI_GEOCODER_URL: '', LOG_LEVEL: 'silent', ...options.env });
    ctx.directory = new DirectoryService({ pollMs: 1000, logger });
    await ctx.directory.build();
    const { express, apollo, backOffice } = await createApp({
      config,
      logger,
      directory: ctx.directory,
      mailer: options.mailer,
    });
    ctx.app = express;
    ctx.backOffice = backOffice;
    ctx.gql = async (query, variables) => {
      const res = await request(express)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables });
      return res.body;
    };
    afterAllStop.push(() => apollo.stop());
  });
  const afterAllStop: (() => Promise<void>)[] = [];
  afterAll(async () => {
    ctx.directory?.stop();
    await Promise.all(afterAllStop.map((stop) => stop()));
  });
  return ctx;
}
