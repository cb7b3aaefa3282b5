// `pnpm bench:resolve`: latency of `resolveObject` at the API (issue 11 bar: p99 ≤ 1 ms after warm-up).
// A child process runs the real API as the platform composes it (connectDatabase: MONGODB_URI, else an
// embedded FerretDB in a temp dir; the directory index, empty: no demo seed; createApp), NODE_ENV=production
// as deployed. This process sends the 612 queries of the resolver's accuracy sets (dev, everyday phrasings,
// ADEME held-out names: packages/taxonomy/bench) as GraphQL POSTs of the web app's ResolveObject document
// over loopback HTTP, one at a time on one kept-alive connection (latency, not throughput), and reports
// p50 / p95 / p99 / mean of
//   apollo   the operation inside the server: ApolloServer.executeHTTPGraphQLRequest, i.e. parsing (its
//            document cache), validation, the plugins (query limits, metrics, HTTP and response cache
//            headers), context, execution of resolveObject and its fields, serialization of the result;
//            not the Express stack (logs, rate limiter, body parser, response-cache layer) nor the socket;
//   resolver the resolveObject field resolver alone (checks, resolveObject of @reemploi/taxonomy, the
//            suggested actions), wrapped in the merged resolver map before createApp: the rest of apollo
//            is GraphQL's own work;
//   server   the whole request inside the server, from Node's 'request' event to the response handed to
//            the socket ('finish'): Express stack, response-cache layer and Apollo;
//   http     the round trip seen by this client (request written → body read).
// For the first-time requests over 2 ms in the server it also says how many overlap a garbage-collection
// pause of the server (PerformanceObserver 'gc'), and the server p99 less those pauses.
// Two kinds of request:
//   first-time  every request carries a variable the document does not declare (`nonce`, ignored by
//               GraphQL) with a new value, so that the API's response cache never sees its key twice and
//               every answer is executed: what a text no one typed in the last minute costs;
//   repeated    the same 612 requests again and again: from the third time in a minute the response
//               cache answers (its doorkeeper keeps an answer the second time it is seen); those rows
//               count only the requests it answered.
// Rounds: RESOLVE_BENCH_ROUNDS (5) of the 612 queries each, after 2 warm-up rounds. Load average at start and end.
// RESOLVE_BENCH_PROF=<dir> writes a CPU profile of the server.
// Figures: docs/benchmarks.md ("Object resolver accuracy", `resolveObject` at the API).
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.RESOLVE_BENCH_ROUNDS ?? 5);
const WARM_UP_ROUNDS = 2;
const here = path.dirname(fileURLToPath(import.meta.url));
const DOCUMENT = readFileSync(
  path.join(here, '../../../apps/web/src/graphql/documents/resolve-object.graphql'),
  'utf8',
);

interface ServerSample {
  /** ms inside the server, 'request' → 'finish'. */
  server: number;
  /** ms in ApolloServer.executeHTTPGraphQLRequest; -1 when the response cache answered. */
  apollo: number;
  /** ms in the resolveObject field resolver; -1 when the response cache answered. */
  resolver: number;
  /** ms of garbage-collection pauses that overlapped the request in the server. */
  gc: number;
}

type ToChild = { take: true };
type FromChild = { port: number; dbMs: number } | { samples: ServerSample[] };

// ---- server (child process) ----

async function serve(): Promise<void> {
  const [{ default: mongoose }, { connectDatabase }, { createApp }, { loadConfig }, { createLogger }, places, schema] =
    await Promise.all([
      import('mongoose'),
      import('../src/platform'),
      import('../src/app'),
      import('../src/config'),
      import('../src/shared/logger'),
      import('../src/modules/places'),
      import('../src/composition/schema'),
    ]);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-resolve-'));
  const config = loadConfig({
    ...(process.env.MONGODB_URI ? { MONGODB_URI: process.env.MONGODB_URI } : {}),
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    REEMPLOI_DATA_DIR: dataDir,
    REEMPLOI_DB_NAME: `bench_resolve_${Date.now()}`,
    REEMPLOI_SEED_DEMO: 'false',
    REEMPLOI_GEOCODER_URL: '',
    // The rate limiter stays on the path but never refuses the bench.
    REEMPLOI_RATE_ANONYMOUS_PER_MIN: '1000000',
  });
  const logger = createLogger('silent');
  const dbStart = performance.now();
  const { embedded } = await connectDatabase(config, logger);
  const dbMs = performance.now() - dbStart;
  const directory = new places.DirectoryService({ pollMs: 600_000, logger });
  await directory.build();
  // One request at a time (the driver waits for each answer): the current request's sample is module state.
  let current: ServerSample | null = null;
  const samples: ServerSample[] = [];
  const query = schema.resolvers.Query!;
  const resolve = query.resolveObject as (...args: unknown[]) => unknown;
  query.resolveObject = (...args: unknown[]) => {
    const started = performance.now();
    try {
      return resolve(...args);
    } finally {
      if (current) current.resolver = performance.now() - started;
    }
  };
  const { express: app, apollo } = await createApp({ config, logger, directory });

  const execute = apollo.executeHTTPGraphQLRequest.bind(apollo);
  apollo.executeHTTPGraphQLRequest = async (request) => {
    const started = performance.now();
    try {
      return await execute(request);
    } finally {
      if (current) current.apollo = performance.now() - started;
    }
  };
  // Garbage-collection pauses (start, end), to tell a request's slow tail that a pause explains.
  const pauses: [number, number][] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push([entry.startTime, entry.startTime + entry.duration]);
    if (pauses.length > 10_000) pauses.splice(0, 5_000);
  }).observe({ entryTypes: ['gc'] });
  const requests: [ServerSample, number, number][] = [];
  const server = http.createServer((req, res) => {
    const sample: ServerSample = { server: 0, apollo: -1, resolver: -1, gc: 0 };
    current = sample;
    const started = performance.now();
    res.once('finish', () => {
      const finished = performance.now();
      sample.server = finished - started;
      samples.push(sample);
      requests.push([sample, started, finished]);
    });
    app(req, res);
  });
  // GC entries arrive after the pause: the overlaps are summed when the driver takes the samples.
  const addPauses = () => {
    for (const [sample, from, to] of requests.splice(0))
      for (const [start, end] of pauses) sample.gc += Math.max(0, Math.min(to, end) - Math.max(from, start));
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const stop = async () => {
    server.closeAllConnections();
    server.close();
    await apollo.stop().catch(() => undefined);
    directory.stop();
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect().catch(() => undefined);
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('disconnect', () => void stop()); // the driver is gone: do not linger
  process.on('message', (message: ToChild) => {
    if (!message.take) return;
    // Let the last GC entries arrive.
    setTimeout(() => {
      addPauses();
      process.send!({ samples: samples.splice(0) } satisfies FromChild);
    }, 50);
  });
  process.send!({ port: typeof address === 'object' && address ? address.port : 0, dbMs } satisfies FromChild);
}

// ---- driver ----

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(port: number, body: string): Promise<{ ms: number; status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            ms: performance.now() - started,
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Stats {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  return { n: sorted.length, mean, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const ms = (v: number) => `${v.toFixed(3)} ms`.padStart(10);
const row = (label: string, s: Stats) =>
  `  ${label.padEnd(34)} n=${String(s.n).padEnd(5)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  mean ${ms(s.mean)}`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function drive(): Promise<void> {
  const [{ evalSet }, { testPhrasings }, { ademeHeldOut }] = await Promise.all([
    import('../../../packages/taxonomy/bench/eval-set'),
    import('../../../packages/taxonomy/bench/test-phrasings'),
    import('../../../packages/taxonomy/bench/ademe-held-out'),
  ]);
  const texts = [...evalSet, ...testPhrasings, ...ademeHeldOut].map(([query]) => query);
  console.log(
    `resolveObject at the API: ${texts.length} queries × ${ROUNDS} rounds (after ${WARM_UP_ROUNDS} warm-up rounds), ` +
      `one request at a time over loopback; ${cpus().length} cores; load average at start ${load()}`,
  );
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: [
      ...process.execArgv,
      '--max-semi-space-size=64', // as deployed (scripts/start.mjs)
      // RESOLVE_BENCH_PROF=<dir>: a CPU profile of the server process, written when it stops.
      ...(process.env.RESOLVE_BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.RESOLVE_BENCH_PROF}`] : []),
    ],
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const fromChild = <T extends FromChild>(key: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: FromChild) => {
        if (!(key in m)) return;
        child.off('message', onMessage);
        resolve(m as T);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    });
  process.on('exit', () => child.kill('SIGTERM'));
  const { port, dbMs } = await fromChild<{ port: number; dbMs: number }>('port');
  console.log(
    `API on 127.0.0.1:${port} (${process.env.MONGODB_URI ? 'MONGODB_URI' : 'embedded FerretDB'} ready in ${dbMs.toFixed(0)} ms)`,
  );
  const take = async () => {
    const promise = fromChild<{ samples: ServerSample[] }>('samples');
    child.send({ take: true } satisfies ToChild);
    return (await promise).samples;
  };

  let nonce = 0;
  const bodyOf = (text: string, fresh: boolean) =>
    JSON.stringify({
      operationName: 'ResolveObject',
      query: DOCUMENT,
      variables: fresh ? { text, lang: 'FR', nonce: ++nonce } : { text, lang: 'FR' },
    });
  async function rounds(count: number, fresh: boolean): Promise<{ http: number[]; server: ServerSample[] }> {
    const round: number[] = [];
    for (let r = 0; r < count; r++) {
      for (const text of texts) {
        const answer = await post(port, bodyOf(text, fresh));
        if (answer.status !== 200 || answer.text.includes('"errors"'))
          throw new Error(`"${text}": HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
        round.push(answer.ms);
      }
    }
    return { http: round, server: await take() };
  }

  const first = await post(port, bodyOf('canapé', true));
  await take();
  console.log(`first request (builds the resolver's index and reads the word table): ${first.ms.toFixed(0)} ms`);
  await rounds(WARM_UP_ROUNDS, true);

  const fresh = await rounds(ROUNDS, true);
  // The cache keeps an answer the second time its key is seen: two more rounds, to have ROUNDS of hits.
  const repeated = await rounds(ROUNDS + 2, false);
  const hits = repeated.server.filter((s) => s.apollo < 0);
  if (fresh.server.some((s) => s.apollo < 0)) throw new Error('a first-time request was answered from the cache');
  if (fresh.server.length !== fresh.http.length || repeated.server.length !== repeated.http.length)
    throw new Error('server and client counted different requests');
  const repeatedHttpOfHits = repeated.http.filter((_, i) => repeated.server[i]!.apollo < 0);

  console.log('first-time (executed; response cache never hit):');
  console.log(row('resolver (field resolver alone)', stats(fresh.server.map((s) => s.resolver))));
  console.log(row('apollo (operation in the server)', stats(fresh.server.map((s) => s.apollo))));
  console.log(row('server (request → response sent)', stats(fresh.server.map((s) => s.server))));
  console.log(row('http (round trip, client)', stats(fresh.http)));
  const slow = fresh.server.filter((s) => s.server > 2);
  const paused = slow.filter((s) => s.gc > 0);
  console.log(
    `  server > 2 ms: ${slow.length} requests; ${paused.length} of them overlap a garbage collection ` +
      `(${paused.reduce((sum, s) => sum + s.gc, 0).toFixed(1)} ms of pauses in them); ` +
      `server p99 less the pauses ${stats(fresh.server.map((s) => s.server - s.gc)).p99.toFixed(3)} ms`,
  );
  console.log(
    `repeated (${hits.length} of ${repeated.server.length} answered by the response cache; rows: those only):`,
  );
  console.log(row('server (request → response sent)', stats(hits.map((s) => s.server))));
  console.log(row('http (round trip, client)', stats(repeatedHttpOfHits)));
  console.log(`load average at end ${load()}`);
  agent.destroy();
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

if (process.argv.includes('--serve')) {
  void serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  void drive().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
