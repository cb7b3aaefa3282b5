// `pnpm bench:insights-today`: what a query of today's place figures reads live, by how often the places
// shown are written (REEMPLOI_INSIGHTS_SHOWN_FLUSH_MS). Today is not rolled up yet (insight-rollup.ts), so
// `placeFigures` over a range ending today reads every "places shown" document of the day (one per day,
// process and 10 000 places, rewritten with running totals: insight-batcher.ts). A day of traffic
// (BENCH_SEARCHES searches, default 86 400: one a second, 20 places shown each among 1 500, nearby places
// together) is written through the real batcher, once with a write every 10 s (every flush) and once every
// 5 min (the default), each on an empty collection; then the query, median of 5 after a warm-up, and the
// day's roll-up, once. Uses MONGODB_URI, else an embedded FerretDB in a temp dir. Figures: docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { createLogger } from '../src/shared/logger';
import { withBenchDatabase } from './bench-database';
import { InsightBatcher } from '../src/modules/insights/insight-batcher';
import { InsightCounterModel } from '../src/modules/insights/insight-counter.model';
import { DIMENSIONS, insightDays } from '../src/modules/insights/insight-day.model';
import { rollUpDays } from '../src/modules/insights/insight-rollup';
import { placeFigures } from '../src/modules/insights/insights-queries';
import { dayOf } from '../src/modules/insights/request-insights';

const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 86_400);
const PLACES = Array.from({ length: 1500 }, (_, i) => i.toString(16).padStart(24, '0'));
const DAY_MS = 86_400_000;
const loadavg = () => execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ');

/** A seeded generator: the same searches for both variants. */
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

async function median(run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2]!;
}

async function variant(label: string, everyMs: number) {
  await Promise.all([InsightCounterModel.deleteMany({}), ...DIMENSIONS.map((d) => insightDays(d).deleteMany({}))]);
  const day = dayOf(new Date());
  const batcher = new InsightBatcher(0, createLogger('silent'));
  const writes = Math.round(DAY_MS / everyMs);
  const next = random(42);
  const started = performance.now();
  for (let w = 0; w < writes; w += 1) {
    for (let s = Math.floor((w * SEARCHES) / writes); s < Math.floor(((w + 1) * SEARCHES) / writes); s += 1) {
      const from = Math.floor(next() * (PLACES.length - 20));
      batcher.record(day, {
        kind: 'SEARCH',
        searchAction: null,
        subcategoryIds: ['velo'],
        inseeCode: '50129',
        nearBand: 'KM5',
        placeIds: PLACES.slice(from, from + 20),
      });
    }
    await batcher.flush(true);
  }
  const writing = performance.now() - started;
  const documents = await InsightCounterModel.countDocuments({ outcome: 'SHOWN' });
  const range = { from: day, to: day };
  const territory = await median(() => placeFigures(range, null));
  const structure = await median(() => placeFigures(range, PLACES.slice(0, 10)));
  const shown = (await placeFigures(range, null)).reduce((n, p) => n + p.shown, 0);
  const rolling = performance.now();
  await rollUpDays([day], { deleteCounters: false });
  const rollUp = performance.now() - rolling;
  console.log(
    `${label.padEnd(22)} ${String(writes).padStart(5)} writes (${(writing / 1000).toFixed(1)} s), ${String(documents).padStart(5)} "shown" documents, ${shown} places shown; ` +
      `placeFigures(today) territory ${territory.toFixed(0)} ms, one structure ${structure.toFixed(0)} ms; the day's roll-up ${rollUp.toFixed(0)} ms`,
  );
}

void withBenchDatabase('today', async (database) => {
  await InsightCounterModel.init();
  console.log(
    `${database}; ${SEARCHES} searches in the day, 20 places shown each among ${PLACES.length}; load average ${loadavg()}`,
  );
  await variant('every 10 s (flush)', 10_000);
  await variant('every 5 min (default)', 300_000);
  console.log(`load average ${loadavg()}`);
});
