// `pnpm bench:load [--duration 60] [--connections 10] [--places 2000] [--url http://127.0.0.1:4000 --api-key …]`
// A bounded HTTP load test of the GraphQL API on loopback: mixed searches, place pages and map
// features. Without --url it starts its own platform, in a child process so the load generator does
// not share its event loop, on a throw-away embedded database (demo data plus --places synthetic
// places). Prints p50/p99 latency, throughput and errors, then stops everything.
process.env.TZ = 'Europe/Paris';

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import mongoose from 'mongoose';
import { repoRoot, startEmbeddedDb } from '@reemploi/embedded-db';
import { PlaceModel } from '../src/modules/places/place.model';

// pnpm may pass a leading "--" through: drop it.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    places: { type: 'string', default: '2000' },
    url: { type: 'string' },
    'api-key': { type: 'string' },
  },
});
const duration = Math.min(600, Math.max(1, Number(values.duration)));
const connections = Math.min(100, Math.max(1, Number(values.connections)));
const syntheticPlaces = Math.min(100_000, Math.max(0, Number(values.places)));

// Seeded pseudo-random numbers: the same mix on every run.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// Points around the Cotentin's towns (lat, lng).
const TOWNS = [
  [49.6337, -1.6222],
  [49.5086, -1.4703],
  [49.3947, -1.3317],
  [49.5922, -1.2653],
  [49.6486, -1.8553],
  [49.4606, -1.6494],
  [49.3083, -1.2478],
  [49.7178, -1.9297],
  [49.5372, -1.8544],
  [49.4225, -1.5453],
] as const;
const ACTIONS = ['DONATE', 'REPAIR', 'BUY', 'DROP_OFF', 'SELL'] as const;
const SUBCATEGORIES = ['meuble', 'velo', 'vetement', 'jouet', 'gros_electromenager_hors_refrigerant', 'livre'] as const;
const KINDS = ['RESSOURCERIE', 'REPAIR_CAFE', 'CHARITY_SHOP', 'COLLECTION_POINT', 'SECOND_HAND_SHOP'] as const;
const TEXTS = ['canapé', 'vélo', 'vêtements enfants', 'grille-pain', 'livres', 'ressourcerie'] as const;

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
    throw new Error(
      `--url must be a loopback address (127.0.0.1, localhost, ::1), not ${host}: this script never loads other hosts.`,
    );
  }
}

async function seedSynthetic(count: number): Promise<void> {
  const docs = Array.from({ length: count }, (_, i) => {
    const [lat, lng] = pick(TOWNS);
    return {
      slug: `bench-place-${i}`,
      name: `Lieu de réemploi ${i}`,
      kind: pick(KINDS),
      address: { commune: 'Cotentin' },
      location: { type: 'Point', coordinates: [lng + (random() - 0.5) * 0.2, lat + (random() - 0.5) * 0.2] },
      offers: [{ action: pick(ACTIONS), subcategories: [pick(SUBCATEGORIES), pick(SUBCATEGORIES)] }],
      openingHours: random() < 0.8 ? 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-17:00' : null,
      status: 'PUBLISHED',
    };
  });
  for (let i = 0; i < docs.length; i += 500) await PlaceModel.insertMany(docs.slice(i, i + 500));
}

type Kind = 'search' | 'page' | 'map';
function nextRequest(slugs: string[]): { kind: Kind; body: string } {
  const roll = random();
  const [lat, lng] = pick(TOWNS);
  if (roll < 0.55) {
    const filter: Record<string, unknown> = { actions: [pick(ACTIONS)] };
    if (random() < 0.5) filter.subcategories = [pick(SUBCATEGORIES)];
    if (random() < 0.2) filter.text = pick(TEXTS);
    const query =
      'query Search($near: GeoPointInput, $filter: PlaceFilter) { places(near: $near, filter: $filter, first: 20) { totalCount edges { node { id name distanceMeters } } } }';
    return { kind: 'search', body: JSON.stringify({ query, variables: { near: { lat, lng }, filter } }) };
  }
  if (roll < 0.8) {
    const query =
      'query PlacePage($slug: String) { place(slug: $slug) { id name description openingHours address { street commune } } }';
    return { kind: 'page', body: JSON.stringify({ query, variables: { slug: pick(slugs) } }) };
  }
  const span = pick([0.05, 0.2, 0.8]);
  const zoom = span === 0.05 ? 14 : span === 0.2 ? 12 : 9;
  const query = 'query Map($bbox: BBoxInput!, $zoom: Int!) { mapFeatures(bbox: $bbox, zoom: $zoom) { __typename } }';
  return {
    kind: 'map',
    body: JSON.stringify({
      query,
      variables: { bbox: { west: lng - span, south: lat - span / 2, east: lng + span, north: lat + span / 2 }, zoom },
    }),
  };
}

async function main() {
  let url = values.url;
  let teardown = async () => {};
  if (url) {
    assertLoopback(url);
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reemploi-load-'));
    const db = await startEmbeddedDb({ dataDir });
    // Synthetic places first, so the platform's index holds them from its start.
    await mongoose.connect(db.uri, { dbName: 'load' });
    await PlaceModel.init();
    await seedSynthetic(syntheticPlaces);
    await mongoose.disconnect();
    const root = repoRoot();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'services/api/src/main.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        MONGODB_URI: db.uri,
        REEMPLOI_DB_NAME: 'load',
        REEMPLOI_RATE_ANONYMOUS_PER_MIN: '1000000',
        REEMPLOI_GEOCODER_URL: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the platform exited with code ${code}`)));
      createInterface({ input: child.stdout! }).on('line', (text) => {
        const entry = JSON.parse(text) as { msg?: string; url?: string; level?: number };
        if (entry.msg === 'Réemploi is listening' && entry.url) resolve(entry.url);
        else if ((entry.level ?? 0) >= 50) process.stderr.write(`${text}\n`);
      });
    });
    teardown = async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }

  try {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (values['api-key']) headers['x-api-key'] = values['api-key'];
    const slugsBody = (await (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: '{ places(first: 100) { edges { node { slug } } } }' }),
      })
    ).json()) as {
      data: { places: { edges: { node: { slug: string } }[] } };
    };
    const slugs = slugsBody.data.places.edges.map((edge) => edge.node.slug);
    const counters = () => ({ requests: 0, graphqlErrors: 0, firstError: null as string | null });
    const byKind: Record<Kind, ReturnType<typeof counters>> = { search: counters(), page: counters(), map: counters() };

    process.stderr.write(`load: ${connections} connections for ${duration} s against ${url}/graphql\n`);
    const result = await autocannon({
      url: `${url}/graphql`,
      connections,
      duration,
      headers,
      requests: [
        {
          method: 'POST',
          setupRequest: (req, context) => {
            const next = nextRequest(slugs);
            (context as { kind?: Kind }).kind = next.kind;
            return { ...req, body: next.body };
          },
          onResponse: (_status, body, context) => {
            const kind = (context as { kind: Kind }).kind;
            byKind[kind].requests += 1;
            if (body.includes('"errors"')) {
              byKind[kind].graphqlErrors += 1;
              byKind[kind].firstError ??= body.slice(0, 300);
            }
          },
        },
      ],
    });
    const summary = {
      url: `${url}/graphql`,
      durationSeconds: duration,
      connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      non2xx: result.non2xx,
      socketErrors: result.errors,
      timeouts: result.timeouts,
      byKind,
      node: process.version,
      cpus: os.cpus().length,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await teardown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
