import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildSchema, getIntrospectionQuery, parse, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../src/composition/schema';
import { introspectionLimit, measureOperation } from '../../src/shared/http/query-cost';
import { useTestDatabase } from '../db';
import type { ProbeReport } from './event-loop-server';

// Issue 17 §3: one anonymous request must not freeze the server. At 300 000 places, the heaviest
// requests the query limits admit (and the issue's, which they now refuse) are sent to the real app in
// production mode, one at a time, while /healthz is asked every 20 ms. The server process measures how
// long each stretch of synchronous work held its event loop in main-thread CPU time (event-loop-server.ts),
// so a machine busy with other tests slows the measurement down but does not fail it.
jest.setTimeout(240_000);

const PLACES = 300_000;
/** Issue 17: no request holds the event loop longer than this… */
const MAX_HOLD_MS = 250;
/** …and /healthz answers within this, i.e. the server worked at most this long while a probe waited. */
const MAX_HEALTHZ_MS = 50;

const aliases = (n: number, field: (i: number) => string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
const SCHEMA_COPY = '__schema { types { name fields { name args { name } } } }';
/**
 * How many aliased copies of SCHEMA_COPY the introspection limit admits: found from the schema as it is, so
 * the shapes below stay "the most it admits" and "one more" when modules add types.
 */
const MOST_SCHEMA_COPIES = (() => {
  const schema = buildSchema(loadTypeDefs());
  const operation = parse(`{ ${SCHEMA_COPY} }`).definitions[0] as OperationDefinitionNode;
  const { introspection } = measureOperation(schema, operation, {}, {});
  return Math.floor(introspectionLimit(schema) / introspection);
})();
const cursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
/** Mainland France, nudged per alias so no two searches are the same (each is computed). */
const france = (i: number) => `{ west: ${-5 + i / 1000}, south: 41.3, east: 9.6, north: 51.1 }`;
const facets = 'facets { actions { value count } kinds { value count } labels { value count } }';
const summary = `id slug name kind address { street postcode commune locality } location { lat lng }
  locationPrecision distanceMeters openNow nextChangeAt offers { action subcategories { id label } }
  labels { id label } homeService appointmentOnly isDemo`;

interface Shape {
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** 400: refused by the limits before any resolver runs. */
  status: 200 | 400;
  /** The answer is a BAD_USER_INPUT error from the resolver (after the limits), not an answer. */
  refused?: boolean;
  /** A place is written (re-indexed) before each send: caches keyed on the directory are dropped. */
  afterWrite?: boolean;
}

const SHAPES: Shape[] = [
  {
    label: 'issue: 20 aliased places(first: 1) × 40 aliased facets (47 KB)',
    query: aliases(20, () => `places(first: 1) { ${aliases(40, () => facets).slice(1, -1)} }`),
    status: 400,
  },
  {
    label: 'issue: 285 aliased __schema',
    query: aliases(285, () => SCHEMA_COPY),
    status: 400,
  },
  {
    label: `${MOST_SCHEMA_COPIES} aliased __schema with fields and arguments (the most the introspection limit admits)`,
    query: aliases(MOST_SCHEMA_COPIES, () => SCHEMA_COPY),
    status: 200,
  },
  {
    label: `${MOST_SCHEMA_COPIES + 1} aliased __schema (over the introspection limit)`,
    query: aliases(MOST_SCHEMA_COPIES + 1, () => SCHEMA_COPY),
    status: 400,
  },
  {
    label: 'the standard introspection query',
    query: getIntrospectionQuery({ descriptions: true }),
    status: 200,
  },
  {
    label: '2 facet counts around Lyon, each its own search (3 are over the cost limit)',
    query: aliases(2, (i) => `places(first: 1, near: { lat: 45.76, lng: 4.84 }, radiusKm: ${50 + i}) { ${facets} }`),
    status: 200,
  },
  {
    label: '6 searches by text (7 are over the cost limit)',
    query: aliases(
      6,
      (i) =>
        `places(first: 20, filter: { text: "${['vélo', 'meuble', 'vêtements', 'livres'][i % 4]} ${i}" }) { totalCount edges { node { id name } } }`,
    ),
    status: 200,
  },
  {
    label: '28 places with offers and labels, and facets',
    query: `{ places(near: { lat: 45.76, lng: 4.84 }, first: 28) { totalCount ${facets} edges { node { ${summary} } } } }`,
    status: 200,
  },
  {
    label: '45 places with offers and labels (about the largest answer admitted)',
    query: `{ places(near: { lat: 43.3, lng: 5.37 }, first: 45) { totalCount edges { node { ${summary} } } } }`,
    status: 200,
  },
  {
    label: '100 places with offers and labels (over the cost limit)',
    query: `{ places(near: { lat: 43.3, lng: 5.37 }, first: 100) { totalCount edges { node { ${summary} } } } }`,
    status: 400,
  },
  {
    label: 'a map view of about 1 000 cells over Paris at zoom 17',
    query: `{ mapFeatures(bbox: { west: 2.345, south: 48.853, east: 2.355, north: 48.859 }, zoom: 17) { type lat lng count place { id slug name } } }`,
    status: 200,
  },
  {
    label: 'the whole world at zoom 22 (answered clustered at a lower zoom, at most 1 000 features)',
    query: `{ mapFeatures(bbox: { west: -180, south: -85, east: 180, north: 85 }, zoom: 22) { type lat lng count place { id slug name } } }`,
    status: 200,
  },
  {
    label: 'a 4K screen over Paris at zoom 14 (more cells than 1 000: one zoom lower)',
    query: `{ mapFeatures(bbox: { west: 2.28, south: 48.83, east: 2.42, north: 48.89 }, zoom: 14) { type lat lng count place { id slug name } } }`,
    status: 200,
  },
  {
    label: 'one facet count over France, open now',
    query: `{ places(first: 1, bbox: ${france(0)}, filter: { openNow: true }) { totalCount ${facets} } }`,
    status: 200,
  },
  {
    label: 'one facet count over most of France (a box without every place), open now',
    query: `{ places(first: 1, bbox: { west: -2, south: 43, east: 7, north: 50 }, filter: { openNow: true }) { totalCount ${facets} } }`,
    status: 200,
  },
  {
    label: 'nearest places as deep as admitted (2 000, after a cursor)',
    query: `{ places(near: { lat: 48.857, lng: 2.352 }, first: 100, after: "${cursor(2_000)}") { edges { node { id name } } } }`,
    status: 200,
  },
  {
    label: 'nearest places 20 000 deep (refused: BAD_USER_INPUT)',
    query: `{ places(near: { lat: 48.857, lng: 2.352 }, first: 100, after: "${cursor(20_000)}") { edges { node { id name } } } }`,
    status: 400,
    refused: true,
  },
  {
    label: 'map of France at zoom 6 with a filter of its own (a new cluster index)',
    query: `{ mapFeatures(bbox: { west: -5, south: 41.3, east: 9.6, north: 51.1 }, zoom: 6, filter: { actions: [REPAIR] }) { type count } }`,
    status: 200,
  },
  {
    label: 'map of France at zoom 6 right after a write (the whole-directory cluster index rebuilt)',
    query: `{ mapFeatures(bbox: { west: -5, south: 41.3, east: 9.6, north: 51.1 }, zoom: 6) { type count } }`,
    status: 200,
    afterWrite: true,
  },
];

interface Measured {
  label: string;
  status: number[];
  bytes: number;
  /** Longest stretch of synchronous work, main-thread CPU. */
  holdMs: number;
  /** The same stretch in wall time (includes waiting for a core on a busy machine). */
  holdWallMs: number;
  /** Most server CPU spent while one /healthz request was in flight. */
  healthzMs: number;
  /** Slowest /healthz round trip, wall time. */
  healthzWallMs: number;
  /** Longest garbage collection during the measurement. */
  gcMs: number;
  probes: number;
}

describe('one anonymous request does not freeze the server (300 000 places)', () => {
  const db = useTestDatabase();
  let child: ChildProcess;
  let url = '';
  const measured: (Measured & { attempts: number })[] = [];

  const ask = <T>(message: string, key: string) =>
    new Promise<T>((resolve) => {
      const listener = (reply: Record<string, unknown>) => {
        if (key in reply) {
          child.off('message', listener);
          resolve(reply[key] as T);
        }
      };
      child.on('message', listener);
      child.send(message);
    });

  beforeAll(async () => {
    child = fork(path.join(__dirname, 'event-loop-server.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: {
        PATH: process.env.PATH,
        // As deployed (infra/Dockerfile): graphql-js's development checks cost ~10 % on introspection.
        NODE_ENV: 'production',
        MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI,
        REEMPLOI_DB_NAME: db.name,
        EVENT_LOOP_PLACES: String(PLACES),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await new Promise<{ port: number; places: number }>((resolve, reject) => {
      child.once('message', (message) => resolve(message as { port: number; places: number }));
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
    });
    expect(ready.places).toBe(PLACES);
    url = `http://127.0.0.1:${ready.port}`;
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    }
  });

  const post = async (shape: Shape) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
      body: JSON.stringify({ query: shape.query, variables: shape.variables }),
    });
    const text = await res.text();
    return { status: res.status, bytes: text.length, text };
  };

  /**
   * Measures `shape` up to 3 times, each as a document of its own (no cached answer, no compiled query),
   * and keeps the best attempt: what the request itself costs. A major collection of the 300 000-place
   * heap (up to ~100 ms) or a burst of load may land in one attempt; it does not land in all three.
   */
  async function measure(shape: Shape, within: (m: Measured) => boolean): Promise<Measured & { attempts: number }> {
    let best: Measured | undefined;
    let attempts = 0;
    while (attempts < 3 && !(best && within(best))) {
      attempts += 1;
      const attempt = await measureOnce({ ...shape, query: `${shape.query}\n# attempt ${attempts}` });
      if (!best || attempt.holdMs + attempt.healthzMs < best.holdMs + best.healthzMs) best = attempt;
    }
    return { ...best!, attempts };
  }

  /** Sends `shape` twice (graphql-js on a document's first run, graphql-jit after) while probing /healthz. */
  async function measureOnce(shape: Shape): Promise<Measured> {
    await ask('reset', 'reset');
    const probes: [sent: number, answered: number][] = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        const sent = performance.timeOrigin + performance.now();
        // A fresh connection each time: a kept-alive one may be closed by the server during a long hold.
        const res = await fetch(`${url}/healthz`, { headers: { connection: 'close' } });
        await res.arrayBuffer();
        probes.push([sent, performance.timeOrigin + performance.now()]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const send = async () => {
      if (shape.afterWrite) await ask('write', 'written');
      return post(shape);
    };
    const answers = [await send(), await send()];
    await new Promise((resolve) => setTimeout(resolve, 60));
    probing = false;
    await prober;
    const report = await ask<ProbeReport>('report', 'report');
    const worst = report.stretches.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), { cpuMs: 0, wallMs: 0, at: 0 });
    for (const answer of answers) {
      if (shape.refused) expect(answer.text).toContain('"BAD_USER_INPUT"');
      else if (shape.status === 200) expect(answer.text).not.toContain('"errors"');
    }
    return {
      label: shape.label,
      status: answers.map((a) => a.status),
      bytes: answers[0]!.bytes,
      holdMs: Math.round(worst.cpuMs),
      holdWallMs: Math.round(worst.wallMs),
      healthzMs: Math.round(Math.max(0, ...probes.map(([sent, answered]) => serverCpu(report.ticks, sent, answered)))),
      healthzWallMs: Math.round(Math.max(0, ...probes.map(([sent, answered]) => answered - sent))),
      probes: probes.length,
      gcMs: Math.round(Math.max(0, ...report.gcs.map(([, ms]) => ms))),
    };
  }

  it('warms up (JIT, caches, the unfiltered cluster index)', async () => {
    for (const query of [
      '{ places(first: 5) { totalCount facets { kinds { value } } edges { node { name } } } }',
      '{ mapFeatures(bbox: { west: -5, south: 41.3, east: 9.6, north: 51.1 }, zoom: 6) { count } }',
      '{ __schema { queryType { name } } }',
    ]) {
      for (let i = 0; i < 3; i += 1) expect((await post({ label: 'warm-up', query, status: 200 })).status).toBe(200);
    }
  });

  // Every shape, both bars. An answer's size is one stretch of work (~3 µs per cost point): the cost
  // limit (REEMPLOI_QUERY_MAX_COST, 15 000) keeps it under /healthz's 50 ms; map clusterings are built in
  // slices (packages/directory sliced-supercluster.ts); open now and wide boxes are set operations; a
  // nearest-first search pages 2 000 places deep at most.
  it.each(SHAPES)('$label', async (shape) => {
    const checks = (m: Measured) => ({ hold: m.holdMs < MAX_HOLD_MS, healthz: m.healthzMs < MAX_HEALTHZ_MS });
    const result = await measure(shape, (m) => checks(m).hold && checks(m).healthz);
    measured.push(result);
    expect(result.status).toEqual([shape.status, shape.status]);
    expect(result.probes).toBeGreaterThan(0);
    expect({ ...result, within: checks(result) }).toEqual({ ...result, within: { hold: true, healthz: true } });
  });

  afterAll(() => {
    console.log(
      `event loop at ${PLACES} places (ms of main-thread CPU; wall time in brackets):\n${measured
        .map(
          (m) =>
            `  ${m.label}: HTTP ${m.status.join('/')}, ${m.bytes} B, hold ${m.holdMs} (${m.holdWallMs}), /healthz ${m.healthzMs} (${m.healthzWallMs}) over ${m.probes} probes, longest GC ${m.gcMs}, best of ${m.attempts}`,
        )
        .join('\n')}`,
    );
  });
});

/**
 * Server main-thread CPU of the stretches a probe sent at `from` and answered at `to` (epoch ms) waited
 * through: from the last tick before `from` (a stretch under way counts whole) to the last tick before `to`.
 */
function serverCpu(ticks: [number, number][], from: number, to: number): number {
  let start = ticks[0]?.[1] ?? 0;
  let end = start;
  for (const [at, cpu] of ticks) {
    if (at <= from) start = cpu;
    if (at <= to) end = cpu;
  }
  return end - start;
}
