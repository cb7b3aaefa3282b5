// The core of `pnpm bench:load` (bench/load.ts), importable by tests: the seeded request mix, synthetic
// places and one autocannon run against a GraphQL URL. The CI short version is test/faults/mixed-load.test.ts.
import autocannon from 'autocannon';
import { PlaceModel } from '../src/modules/places/place.model';

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

export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
    throw new Error(
      `--url must be a loopback address (127.0.0.1, localhost, ::1), not ${host}: this script never loads other hosts.`,
    );
  }
}

export async function seedSynthetic(count: number): Promise<void> {
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

export type Kind = 'search' | 'page' | 'map';
export function nextRequest(slugs: string[]): { kind: Kind; body: string } {
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

export interface LoadSummary {
  url: string;
  durationSeconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  byKind: Record<Kind, { requests: number; graphqlErrors: number; firstError: string | null }>;
}

/** Runs the mixed load (searches, place pages, map features) against `${url}/graphql` for `duration` s. */
export async function runLoad(options: {
  url: string;
  duration: number;
  connections: number;
  apiKey?: string;
}): Promise<LoadSummary> {
  const { url, duration, connections } = options;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
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
  return {
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
  };
}
