// The server side of `pnpm bench:http` (run in a child process by http.bench.ts): the real API app and a
// bare Express JSON route answering from the same DirectoryService index.
import type { Server } from 'node:http';
import express from 'express';
import mongoose from 'mongoose';
import { isOpenAt, nextChangeAt } from '@reemploi/directory/opening-hours';
import { placeLabelById, subcategoryById, type Subcategory } from '@reemploi/taxonomy';
import { createApp, httpStack } from '../src/app';
import { loadConfig } from '../src/config';
import { Lifecycle } from '../src/shared/lifecycle';
import { createLogger } from '../src/shared/logger';
import { CommuneLookup } from '../src/modules/insights/commune-lookup';
import { DirectoryService } from '../src/modules/places/directory.service';
import { PlacesService, type PlaceResult } from '../src/modules/places/places.service';
import type { PublicPlace } from '../src/modules/places/public-place';
import { francePlaces, type FrancePlace } from '../../../packages/directory/bench/france-places';

const UPDATED_AT = new Date('2026-11-01T10:00:00Z');

/** A generated place in the shape the API indexes (what toPublicPlace makes of a stored place). */
export function toBenchPublicPlace(p: FrancePlace): PublicPlace {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    kind: p.kind,
    lat: p.lat,
    lng: p.lng,
    commune: p.commune,
    inseeCode: p.inseeCode,
    description: p.description,
    offers: p.offers,
    labels: p.labels,
    homeService: p.homeService,
    openingHours: p.openingHours,
    keywords: p.keywords,
    address: {
      street: p.street,
      postcode: p.postcode,
      commune: p.commune,
      inseeCode: p.inseeCode,
      locality: p.locality,
    },
    locationPrecision: 'ADDRESS',
    descriptionEn: null,
    hoursAreIllustrative: false,
    contact: { phone: p.phone, email: p.email, website: p.website },
    audience: p.audience,
    appointmentOnly: p.appointmentOnly,
    accessibility: null,
    sources: [
      {
        name: 'Synthetic benchmark data',
        licence: null,
        attribution: null,
        externalId: p.id,
        url: null,
        lastSeenAt: UPDATED_AT,
      },
    ],
    isDemo: false,
    confirmedAt: null,
    confirmedBy: null,
    status: 'PUBLISHED',
    version: 1,
    updatedAt: UPDATED_AT,
  };
}

/** The JSON the web app's place summary selects, built by hand: what GraphQL returns under `node`. */
function placeSummary(place: PlaceResult, now: Date) {
  return {
    id: place.id,
    slug: place.slug,
    name: place.name,
    kind: place.kind,
    address: {
      street: place.address.street,
      postcode: place.address.postcode,
      commune: place.address.commune,
      locality: place.address.locality,
    },
    location: { lat: place.lat, lng: place.lng },
    locationPrecision: place.locationPrecision,
    distanceMeters: place.distanceMeters,
    openNow: isOpenAt(place.openingHours, now),
    nextChangeAt: nextChangeAt(place.openingHours, now)?.toISOString() ?? null,
    offers: place.offers.map((offer) => ({
      action: offer.action,
      subcategories: offer.subcategories
        .map(subcategoryById)
        .filter((s): s is Subcategory => s !== undefined)
        .map((s) => ({ id: s.id, label: s.label.fr })),
    })),
    labels: place.labels.map((id) => ({ id, label: placeLabelById(id)?.label.fr ?? id })),
    homeService: place.homeService,
    appointmentOnly: place.appointmentOnly,
    isDemo: place.isDemo,
  };
}

const list = (value: unknown) => (typeof value === 'string' && value !== '' ? value.split(',') : undefined);

/** The bare routes; `stack` puts them behind the API's own HTTP stack (logs, metrics, helmet, compression). */
function bareApp(service: PlacesService, stack: express.RequestHandler[] = []) {
  const app = express();
  if (stack.length > 0) app.use(...stack);
  app.get('/places', (req, res) => {
    const q = req.query as Record<string, string>;
    const now = new Date();
    const result = service.search(
      {
        near: { lat: Number(q.lat), lng: Number(q.lng) },
        filter: { actions: list(q.actions), subcategories: list(q.subcategories) },
        first: Number(q.first ?? 20),
      },
      now,
    );
    res.json({
      places: {
        totalCount: result.totalCount,
        pageInfo: result.pageInfo,
        edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: placeSummary(edge.node, now) })),
      },
    });
  });
  app.get('/map', async (req, res) => {
    const q = req.query as Record<string, string>;
    const features = await service.mapFeatures({
      bbox: { west: Number(q.west), south: Number(q.south), east: Number(q.east), north: Number(q.north) },
      zoom: Number(q.zoom),
    });
    res.json({
      mapFeatures: features.map((f) =>
        f.type === 'CLUSTER'
          ? { type: 'CLUSTER', lat: f.lat, lng: f.lng, count: f.count, expansionZoom: f.expansionZoom, place: null }
          : {
              type: 'PLACE',
              lat: f.lat,
              lng: f.lng,
              count: 1,
              expansionZoom: null,
              place: { id: f.place.id, slug: f.place.slug, name: f.place.name },
            },
      ),
    });
  });
  return app;
}

const listen = (app: express.Express) =>
  new Promise<Server>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
const portOf = (server: Server) => {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
};

export async function serve(size: number): Promise<void> {
  process.env.TZ = 'Europe/Paris';
  process.env.NODE_ENV = 'production';
  // No database in this bench: fail fast instead of buffering (the API-key registry keeps an empty set).
  mongoose.set('bufferCommands', false);
  const logger = createLogger('silent');
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    REEMPLOI_GEOCODER_URL: '',
    // The rate limiter stays on the path (its cost is part of the API) but never refuses the bench.
    REEMPLOI_RATE_ANONYMOUS_PER_MIN: '1000000',
  });
  const directory = new DirectoryService({ pollMs: 600_000, logger });
  const started = Date.now();
  directory.index.load(francePlaces(size).map(toBenchPublicPlace));
  directory.index.search({ limit: 1 });
  directory.ready = true;
  const buildMs = Date.now() - started;
  if (process.env.HTTP_BENCH_COMMUNE_BEFORE === '1') {
    // Counting as it was before 2026-12-06 (for the before/after of docs/benchmarks.md): the commune of a
    // counted search was that of the nearest place, from a second search of the directory.
    CommuneLookup.prototype.at = (point) => {
      const hit = directory.index.search({ filter: {}, near: point, offset: 0, limit: 1, now: new Date() }).hits[0];
      return hit && (hit.distanceMeters ?? Infinity) <= 10_000 ? hit.place.inseeCode : null;
    };
  }
  const { express: apiApp, apollo } = await createApp({ config, logger, directory });
  const apiServer = await listen(apiApp);
  const bareServer = await listen(bareApp(new PlacesService(directory)));
  const stackedServer = await listen(bareApp(new PlacesService(directory), httpStack(config, logger, new Lifecycle())));
  const shutdown = async () => {
    for (const server of [apiServer, bareServer, stackedServer]) {
      server.closeAllConnections();
      server.close();
    }
    await apollo.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('disconnect', () => void shutdown()); // the driver died: do not linger
  // The server's CPU time so far (µs), asked before and after each row: CPU per request survives a loaded
  // machine better than requests per second (counted vs not counted, docs/benchmarks.md).
  process.on('message', (message) => {
    if (message !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    process.send!({ cpuMicros: user + system });
  });
  process.send!({ api: portOf(apiServer), bare: portOf(bareServer), stacked: portOf(stackedServer), buildMs });
}
