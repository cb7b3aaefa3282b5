// The server side of event-loop-hold.test.ts, in a process of its own (the test's HTTP client must not
// share its event loop): the real API app in production mode on a directory of generated places, loaded
// in memory (nothing written to the database), and a probe of how long its event loop is held.
//
// The probe is a 2 ms timer. Between two ticks the main thread ran one stretch of synchronous work (or
// idled); the main thread's own CPU time over that stretch (/proc/self/task/<pid>/schedstat, nanoseconds)
// is how long the loop was held, whatever else the machine was doing: time spent waiting for a core
// while other tests run is wall time, not CPU time. Messages: `reset`, `report` (the stretches since).
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import mongoose from 'mongoose';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/shared/logger';
import { DirectoryService } from '../../src/modules/places/directory.service';
import { toBenchPublicPlace } from '../../bench/http-bench-server';
import { francePlaces } from '../../../../packages/directory/bench/france-places';

export interface Stretch {
  /** Epoch milliseconds (performance.timeOrigin + now) at the tick that ended the stretch. */
  at: number;
  /** Main-thread CPU time of the stretch. */
  cpuMs: number;
  /** Wall time of the stretch. */
  wallMs: number;
}

export interface ProbeReport {
  /** Every stretch since `reset` that held the loop over 1 ms of CPU, and one sample per tick for the rest. */
  stretches: Stretch[];
  /** Ticks since `reset`: [epoch ms, cumulated main-thread CPU ms]. */
  ticks: [number, number][];
  /** perf_hooks' event-loop delay (wall time, includes waiting for a core). */
  delayMaxMs: number;
  /** Garbage collections since `reset`: [epoch ms at their end, duration ms] (a 300 000-place heap's are long). */
  gcs: [number, number][];
}

const TICK_MS = 2;
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
/** Main-thread CPU time in ms; the whole process's (user + system) where Linux's per-thread figure is missing. */
const cpuMs = (() => {
  try {
    readFileSync(schedstat, 'utf8');
    return () => Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    };
  }
})();
const epoch = () => performance.timeOrigin + performance.now();

async function main() {
  process.env.TZ = 'Europe/Paris';
  const size = Number(process.env.EVENT_LOOP_PLACES ?? 300_000);
  const logger = createLogger('silent');
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    MONGODB_URI: process.env.MONGODB_URI,
    REEMPLOI_DB_NAME: process.env.REEMPLOI_DB_NAME,
    REEMPLOI_GEOCODER_URL: '',
    REEMPLOI_METRICS_TOKEN: 'event-loop-test-0123456789',
    // Anonymous, as the requests, but never refused by the rate limit during the measurements.
    REEMPLOI_RATE_ANONYMOUS_PER_MIN: '1000000',
  });
  await mongoose.connect(config.mongodbUri!, { dbName: config.dbName, serverSelectionTimeoutMS: 10_000 });
  const directory = new DirectoryService({ pollMs: 600_000, logger });
  const places = francePlaces(size).map(toBenchPublicPlace);
  const firstId = places[0]!.id;
  directory.index.load(places);
  directory.index.search({ limit: 1 }); // builds the static structures
  directory.ready = true;
  const { express } = await createApp({ config, logger, directory });
  const server = express.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));

  let stretches: Stretch[] = [];
  let ticks: [number, number][] = [];
  let gcs: [number, number][] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      gcs.push([performance.timeOrigin + entry.startTime + entry.duration, entry.duration]);
  }).observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let last = { at: epoch(), cpu: cpuMs() };
  const tick = () => {
    const now = { at: epoch(), cpu: cpuMs() };
    stretches.push({ at: now.at, cpuMs: now.cpu - last.cpu, wallMs: now.at - last.at });
    ticks.push([now.at, now.cpu]);
    if (stretches.length > 200_000) stretches = stretches.filter((s) => s.cpuMs > 1);
    last = now;
    setTimeout(tick, TICK_MS);
  };
  setTimeout(tick, TICK_MS);

  process.on('message', (message: string) => {
    if (message === 'reset') {
      stretches = [];
      ticks = [];
      gcs = [];
      delay.reset();
      process.send!({ reset: true });
    } else if (message === 'write') {
      // What a write does to the index (PlacesService applies each write so): the place re-indexed.
      const place = directory.index.get(firstId)!;
      directory.index.upsert({ ...place });
      process.send!({ written: true });
    } else if (message === 'report') {
      const report: ProbeReport = { stretches, ticks, gcs, delayMaxMs: delay.max / 1e6 };
      process.send!({ report });
    }
  });
  process.once('disconnect', () => process.exit(0)); // the test ended (or died): do not linger
  process.send!({ port: (server.address() as AddressInfo).port, places: directory.index.size });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
