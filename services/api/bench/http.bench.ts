// HTTP benchmark: the real API app (createApp) vs a bare Express JSON route serving the same answer from the
// same in-memory index, in the same run. `pnpm bench:http [size]` (default 300 000 places; HTTP_BENCH_SIZE),
// HTTP_BENCH_SECONDS per scenario and round (default 6), HTTP_BENCH_ROUNDS (default 3, medians reported),
// HTTP_BENCH_CONNECTIONS (default 50), HTTP_BENCH_COMMUNE_BEFORE=1 (counted searches find their commune as
// before 2026-12-06, with a second nearest-place search: the "before" of the counting cost), HTTP_BENCH_MODE
// (`repeated`: 500 request variants cycled, as a busy map/search page repeats; `varied`: every request gets
// a fresh random point or box, so no response cache can answer it; default `both`).
//
// The parent process drives autocannon; a child process (this file with --serve) runs both servers on
// 127.0.0.1, so the load generator and the server do not share an event loop. No database: the directory
// index is loaded directly with generated places; mongoose command buffering is off so the API-key registry's
// first load fails at once (the anonymous path is benchmarked). The anonymous rate limit is raised to
// 1 000 000 per minute with the regular config switch REEMPLOI_RATE_ANONYMOUS_PER_MIN, so the limiter runs
// (its cost is part of the API) but never refuses. The server runs with NODE_ENV=production, as deployed.
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SIZE = Number(
  process.argv.find((a) => /^\d[\d_]*$/.test(a))?.replace(/_/g, '') ?? process.env.HTTP_BENCH_SIZE ?? 300_000,
);
const SECONDS = Number(process.env.HTTP_BENCH_SECONDS ?? 6);
// Each group (a query and a request mode) runs bare, POST, GET in turn, ROUNDS times; the figures are the
// medians over rounds, and the ratio is the median of each round's GraphQL / bare (neighbours in time), so
// a burst of load from elsewhere on the machine skews one round, not the result.
const ROUNDS = Number(process.env.HTTP_BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.HTTP_BENCH_CONNECTIONS ?? 50);
const ONLY = process.env.HTTP_BENCH_ONLY; // substring filter on scenario names, for profiling
const MODE = process.env.HTTP_BENCH_MODE ?? 'both';
if (!['both', 'repeated', 'varied'].includes(MODE)) throw new Error(`HTTP_BENCH_MODE: both, repeated or varied`);
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export const PLACES_QUERY = `query SearchPlaces($filter: PlaceFilter, $near: GeoPointInput, $first: Int, $lang: Lang!) {
  places(filter: $filter, near: $near, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id slug name kind
        address { street postcode commune locality }
        location { lat lng }
        locationPrecision distanceMeters openNow nextChangeAt
        offers { action subcategories { id label(lang: $lang) } }
        labels { id label(lang: $lang) }
        homeService appointmentOnly isDemo
      }
    }
  }
}`;

export const MAP_QUERY = `query MapFeatures($bbox: BBoxInput!, $zoom: Int!, $filter: PlaceFilter) {
  mapFeatures(bbox: $bbox, zoom: $zoom, filter: $filter) {
    type lat lng count expansionZoom
    place { id slug name }
  }
}`;

/**
 * bare: the same answer from a plain Express route (the ceiling); bare + stack: that route behind the
 * API's HTTP stack (request log, metrics, draining, helmet, compression), to tell that stack's share of
 * the gap from GraphQL's own.
 */
type Kind = 'bare' | 'bare + stack' | 'POST' | 'POST, not counted' | 'GET (APQ)';

interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

interface Scenario {
  name: string;
  group: string;
  kind: Kind;
  mode: 'repeated' | 'varied';
  /** The next request to send: a cycle of 500 fixed variants (repeated) or a fresh one each time (varied). */
  next: () => BenchRequest;
}

/** Cycles through fixed requests. */
const cycle = (requests: BenchRequest[]) => {
  let i = 0;
  return () => requests[i++ % requests.length]!;
};

interface Result {
  scenario: Scenario;
  /** Median GraphQL / bare over rounds (undefined for the bare row). */
  ratio?: number;
  ratios?: number[];
  /** Median GraphQL / (bare + stack) over rounds (GraphQL rows only). */
  stackRatio?: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Requests answered in the row. */
  total?: number;
  /** The server process's CPU time (user + system) per request answered, µs. */
  cpuPerRequest?: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function drive(): Promise<void> {
  const { Workload, FRANCE_BBOX } = await import('../../../packages/directory/bench/workload');
  log(`starting servers with ${SIZE.toLocaleString('en')} places; load average ${loadavg()}`);
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve', String(SIZE)], {
    execArgv: [
      ...process.execArgv,
      // As deployed (infra/Dockerfile, scripts/start.mjs): a larger young generation, fewer scavenges.
      '--max-semi-space-size=64',
      ...(process.env.HTTP_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/http-bench-prof'] : []),
    ],
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    // As deployed: graphql-js and Express pick their production code paths when the module loads.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const stopChild = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stopChild);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopChild();
      process.exit(130);
    });
  }
  try {
    const ports = await new Promise<{ api: number; bare: number; stacked: number; buildMs: number }>(
      (resolve, reject) => {
        child.once('message', (m) => resolve(m as { api: number; bare: number; stacked: number; buildMs: number }));
        child.once('exit', (code) => reject(new Error(`bench server exited early (${code})`)));
      },
    );
    log(
      `API on 127.0.0.1:${ports.api}, bare route on ${ports.bare}, bare route behind the HTTP stack on ${ports.stacked} (index built in ${ports.buildMs} ms)`,
    );
    const serverCpu = () =>
      new Promise<number>((resolve) => {
        child.once('message', (m) => resolve((m as { cpuMicros: number }).cpuMicros));
        child.send('cpu');
      });
    const api = `http://127.0.0.1:${ports.api}`;
    const bare = `http://127.0.0.1:${ports.bare}`;
    const baseOf: Record<Kind, string> = {
      bare,
      'bare + stack': `http://127.0.0.1:${ports.stacked}`,
      POST: api,
      'POST, not counted': api,
      'GET (APQ)': api,
    };

    const w = new Workload(11);
    const fresh = new Workload(23); // varied mode: a new point or box per request
    const scenarios: Scenario[] = [];
    const placesHash = sha256(PLACES_QUERY);
    const mapHash = sha256(MAP_QUERY);
    const apq = (hash: string) =>
      encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    type Box = { west: number; south: number; east: number; north: number };
    const placesVarsOf = ({
      near,
      filter,
    }: {
      near: { lat: number; lng: number };
      filter: ReturnType<InstanceType<typeof Workload>['filter']>;
    }) => ({
      near,
      filter: { actions: filter.actions, subcategories: filter.subcategories },
      first: 20,
      lang: 'FR',
    });
    type PlacesVars = ReturnType<typeof placesVarsOf>;
    const placesRequests = {
      bare: (v: PlacesVars): BenchRequest => ({
        method: 'GET',
        path: `/places?lat=${v.near.lat}&lng=${v.near.lng}&actions=${v.filter.actions!.join(',')}&subcategories=${v.filter.subcategories!.join(',')}&first=20`,
      }),
      POST: (variables: PlacesVars): BenchRequest => ({
        method: 'POST',
        path: '/graphql',
        body: JSON.stringify({ query: PLACES_QUERY, variables, operationName: 'SearchPlaces' }),
        // HTTP_BENCH_AA=1: the "counted" row asks not to be counted too, so the counted / not counted
        // comparison measures the bench's own spread (an A/A test) rather than counting.
        ...(process.env.HTTP_BENCH_AA === '1' ? { headers: { dnt: '1' } } : {}),
      }),
      // The same search with `DNT: 1`: not counted (modules/insights), the baseline of counting's cost.
      'POST, not counted': (variables: PlacesVars): BenchRequest => ({
        ...placesRequests.POST(variables),
        headers: { dnt: '1' },
      }),
      'bare + stack': (variables: PlacesVars): BenchRequest => placesRequests.bare(variables),
      'GET (APQ)': (variables: PlacesVars): BenchRequest => ({
        method: 'GET',
        path: `/graphql?operationName=SearchPlaces&variables=${encodeURIComponent(JSON.stringify(variables))}&extensions=${apq(placesHash)}`,
      }),
    };
    const mapRequests = (zoom: number) => {
      const bareMap = (b: Box): BenchRequest => ({
        method: 'GET',
        path: `/map?west=${b.west}&south=${b.south}&east=${b.east}&north=${b.north}&zoom=${zoom}`,
      });
      return {
        bare: bareMap,
        'bare + stack': bareMap,
        POST: (bbox: Box): BenchRequest => ({
          method: 'POST',
          path: '/graphql',
          body: JSON.stringify({ query: MAP_QUERY, variables: { bbox, zoom }, operationName: 'MapFeatures' }),
        }),
        'GET (APQ)': (bbox: Box): BenchRequest => ({
          method: 'GET',
          path: `/graphql?operationName=MapFeatures&variables=${encodeURIComponent(JSON.stringify({ bbox, zoom }))}&extensions=${apq(mapHash)}`,
        }),
      };
    };
    const kinds = ['bare', 'bare + stack', 'POST', 'GET (APQ)'] as const satisfies readonly Kind[];
    const modes = MODE === 'both' ? (['repeated', 'varied'] as const) : ([MODE] as ('repeated' | 'varied')[]);
    const placesVars = Array.from({ length: 500 }, () => placesVarsOf({ near: w.point(), filter: w.filter() }));
    const jitter = (b: Box): Box => {
      const dLat = (Math.random() - 0.5) * 0.5;
      const dLng = (Math.random() - 0.5) * 0.5;
      return { west: b.west + dLng, south: b.south + dLat, east: b.east + dLng, north: b.north + dLat };
    };
    const zooms: [number, () => Box][] = [
      [6, () => FRANCE_BBOX],
      [10, () => w.regionBox()],
      [14, () => w.cityBox()],
    ];
    const freshBox: Record<number, () => Box> = {
      6: () => jitter(FRANCE_BBOX),
      10: () => fresh.regionBox(),
      14: () => fresh.cityBox(),
    };
    for (const mode of modes) {
      const suffix = mode === 'varied' ? ' varied' : '';
      for (const kind of [...kinds.slice(0, 3), 'POST, not counted' as const, ...kinds.slice(3)]) {
        const make = placesRequests[kind];
        scenarios.push({
          group: 'places(near, filter, first: 20)',
          name: `places ${kind === 'GET (APQ)' ? 'GET APQ' : kind}${suffix}`,
          kind,
          mode,
          next:
            mode === 'repeated'
              ? cycle(placesVars.map(make))
              : () => make(placesVarsOf({ near: fresh.point(), filter: fresh.filter() })),
        });
      }
      for (const [zoom, box] of zooms) {
        const boxes = Array.from({ length: 500 }, box);
        const makers = mapRequests(zoom);
        for (const kind of kinds) {
          const make = makers[kind];
          scenarios.push({
            group: `mapFeatures zoom ${zoom}`,
            name: `map z${zoom} ${kind === 'GET (APQ)' ? 'GET APQ' : kind}${suffix}`,
            kind,
            mode,
            next: mode === 'repeated' ? cycle(boxes.map(make)) : () => make(freshBox[zoom]!()),
          });
        }
      }
    }

    // Sanity: the bare route and GraphQL return the same data; APQ hashes get registered.
    const sample = placesVars[0]!;
    const viaGraphql = (await (await post(api, { query: PLACES_QUERY, variables: sample })).json()) as {
      data: unknown;
      errors?: unknown;
    };
    if (viaGraphql.errors) throw new Error(`GraphQL error: ${JSON.stringify(viaGraphql.errors)}`);
    const viaBare = await (await fetch(bare + placesRequests.bare(sample).path)).json();
    const same = JSON.stringify(viaGraphql.data) === JSON.stringify(viaBare);
    log(`same answer from GraphQL and the bare route: ${same}`);
    if (!same)
      throw new Error(
        `bare route differs:\n${JSON.stringify(viaGraphql.data).slice(0, 600)}\n${JSON.stringify(viaBare).slice(0, 600)}`,
      );
    const mapSame =
      JSON.stringify(
        (
          (await (await post(api, { query: MAP_QUERY, variables: { bbox: FRANCE_BBOX, zoom: 6 } })).json()) as {
            data: unknown;
          }
        ).data,
      ) ===
      JSON.stringify(
        await (
          await fetch(
            `${bare}/map?west=${FRANCE_BBOX.west}&south=${FRANCE_BBOX.south}&east=${FRANCE_BBOX.east}&north=${FRANCE_BBOX.north}&zoom=6`,
          )
        ).json(),
      );
    log(`same mapFeatures answer: ${mapSame}`);
    let apqSupported = true;
    for (const [query, hash, variables] of [
      [PLACES_QUERY, placesHash, sample],
      [MAP_QUERY, mapHash, { bbox: FRANCE_BBOX, zoom: 6 }],
    ] as const) {
      const registered = (await (
        await post(api, { query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
      ).json()) as { errors?: unknown };
      if (registered.errors) {
        apqSupported = false;
        log(`APQ not supported: ${JSON.stringify(registered.errors)}`);
      }
    }
    const byHash = await fetch(`${api}${placesRequests['GET (APQ)'](sample).path}`);
    log(`GET by hash: HTTP ${byHash.status}, cache-control: ${byHash.headers.get('cache-control')}`);
    const byHashBody = (await byHash.json()) as { errors?: unknown };
    if (byHash.status !== 200 || byHashBody.errors) {
      log(`GET by hash failed: ${JSON.stringify(byHashBody).slice(0, 300)}`);
      apqSupported = false;
    }

    const results: Result[] = [];
    const countingCost: string[] = [];
    const loadBefore = loadavg();
    const selected = scenarios.filter(
      (s) => (!ONLY || s.name.includes(ONLY)) && (s.kind !== 'GET (APQ)' || apqSupported),
    );
    const groups = [...new Set(selected.map((s) => `${s.group}\n${s.mode}`))];
    for (const group of groups) {
      const members = selected.filter((s) => `${s.group}\n${s.mode}` === group);
      const rounds = new Map<Scenario, Result[]>(members.map((s) => [s, []]));
      for (let round = 1; round <= ROUNDS; round += 1) {
        for (const scenario of pairAlternated(members, round)) {
          const base = baseOf[scenario.kind];
          if (round === 1) await run(base, scenario, 2); // warm-up
          if (scenario.mode === 'repeated' && isCountedPair(scenario)) await warmResponseCache(base, scenario);
          const cpuBefore = await serverCpu();
          const result = await run(base, scenario, SECONDS);
          result.cpuPerRequest = ((await serverCpu()) - cpuBefore) / Math.max(1, result.total ?? 0);
          rounds.get(scenario)!.push(result);
          log(
            `${scenario.name} (round ${round}/${ROUNDS}): ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, server CPU ${result.cpuPerRequest.toFixed(0)} µs/request, errors ${result.errors}, non-2xx ${result.non2xx}; load ${loadavg()}`,
          );
        }
      }
      const counted = members.find((s) => s.kind === 'POST');
      const notCounted = members.find((s) => s.kind === 'POST, not counted');
      if (counted && notCounted) {
        const ratios = rounds.get(counted)!.map((r, i) => r.rps / rounds.get(notCounted)![i]!.rps);
        countingCost.push(
          `${group.replace('\n', ', ')}: counted / not counted (DNT) req/s **${(median(ratios) * 100).toFixed(0)} %** (rounds ${ratios.map((x) => `${(x * 100).toFixed(0)} %`).join(', ')})`,
        );
        const cpu = (s: Scenario) => rounds.get(s)!.map((r) => r.cpuPerRequest!);
        const extra = cpu(counted).map((c, i) => c - cpu(notCounted)[i]!);
        const us = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
        countingCost.push(
          `${group.replace('\n', ', ')}: server CPU per request, counted ${median(cpu(counted)).toFixed(0)} µs (rounds ${us(cpu(counted))}), not counted ${median(cpu(notCounted)).toFixed(0)} µs (rounds ${us(cpu(notCounted))}); counted − not counted **${median(extra).toFixed(0)} µs** (rounds ${us(extra)})`,
        );
      }
      const ceiling = members.find((s) => s.kind === 'bare');
      const stacked = members.find((s) => s.kind === 'bare + stack');
      for (const scenario of members) {
        const runs = rounds.get(scenario)!;
        const ratios =
          ceiling && scenario !== ceiling ? runs.map((r, i) => r.rps / rounds.get(ceiling)![i]!.rps) : undefined;
        const graphql = scenario.kind !== 'bare' && scenario.kind !== 'bare + stack';
        const stackRatios = stacked && graphql ? runs.map((r, i) => r.rps / rounds.get(stacked)![i]!.rps) : undefined;
        results.push({
          scenario,
          rps: median(runs.map((r) => r.rps)),
          p50: median(runs.map((r) => r.p50)),
          p99: median(runs.map((r) => r.p99)),
          errors: runs.reduce((n, r) => n + r.errors, 0),
          non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
          ratios,
          ratio: ratios && median(ratios),
          stackRatio: stackRatios && median(stackRatios),
        });
      }
    }
    const loadAfter = loadavg();

    console.log(
      `\n## HTTP: ${SIZE.toLocaleString('en')} places, ${CONNECTIONS} connections, ${SECONDS} s per row × ${ROUNDS} rounds (medians), Node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}), load average ${loadBefore} → ${loadAfter}`,
    );
    console.log('\n| query | requests | route | req/s | p50 | p99 | / bare (rounds) | GraphQL / bare + stack |');
    console.log('|---|---|---|---:|---:|---:|---:|---:|');
    const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
    for (const r of results) {
      const ratio = r.ratio === undefined ? '' : `**${pct(r.ratio)}** (${r.ratios!.map(pct).join(', ')})`;
      const flag = r.errors || r.non2xx ? ` (errors ${r.errors}, non-2xx ${r.non2xx})` : '';
      console.log(
        `| ${r.scenario.group} | ${r.scenario.mode} | ${r.scenario.kind} | ${r.rps.toFixed(0)}${flag} | ${r.p50} ms | ${r.p99} ms | ${ratio} | ${r.stackRatio === undefined ? '' : pct(r.stackRatio)} |`,
      );
    }
    if (countingCost.length)
      console.log(`\nCounting (modules/insights) on the search path:\n${countingCost.map((l) => `- ${l}`).join('\n')}`);
  } finally {
    stopChild();
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
    );
    log('servers stopped');
  }
}

const isCountedPair = (s: Scenario) => s.kind === 'POST' || s.kind === 'POST, not counted';

/**
 * The rows of a round, counted and not counted (DNT) swapped every other round: the two share the response
 * cache (DNT is not part of its key) and the minute it is kept for, so whichever ran second found the cache
 * the first had filled; before 2026-12-06 that was always the not-counted row.
 */
function pairAlternated(members: Scenario[], round: number): Scenario[] {
  if (round % 2 === 1) return members;
  const swapped = [...members];
  const a = swapped.findIndex((s) => s.kind === 'POST');
  const b = swapped.findIndex((s) => s.kind === 'POST, not counted');
  if (a >= 0 && b >= 0) [swapped[a], swapped[b]] = [swapped[b]!, swapped[a]!];
  return swapped;
}

/**
 * Sends each of the 500 repeated variants twice (an answer is kept the second time its key is seen), so
 * both rows of the counted pair start on a filled cache instead of one filling it for the other.
 */
async function warmResponseCache(base: string, scenario: Scenario): Promise<void> {
  const requests = Array.from({ length: 1_000 }, () => scenario.next());
  for (let i = 0; i < requests.length; i += CONNECTIONS)
    await Promise.all(
      requests.slice(i, i + CONNECTIONS).map(async (r) => {
        const res = await fetch(base + r.path, {
          method: r.method,
          headers: { 'content-type': 'application/json', accept: 'application/json', ...r.headers },
          body: r.body,
        });
        await res.arrayBuffer();
      }),
    );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function post(base: string, body: unknown): Promise<Response> {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function run(base: string, scenario: Scenario, seconds: number): Promise<Result> {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const r = scenario.next();
          return { ...req, method: r.method, path: r.path, body: r.body, headers: { ...req.headers, ...r.headers } };
        },
      },
    ],
  });
  return {
    scenario,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

if (process.argv.includes('--serve')) {
  const { serve } = await import('./http-bench-server');
  await serve(SIZE);
} else {
  await drive();
}
