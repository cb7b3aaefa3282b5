// `pnpm bench:insights`: the staff `insights` queries over a year of generated counters for the whole
// territory (Cotentin: 129 communes, ~1 500 places), on a fresh database. Bar (issue 13): each query
// ≤ 200 ms. Uses MONGODB_URI, else an embedded FerretDB in a temp dir. BENCH_SCALE (0.25) multiplies the
// counters per day. Same run, same counters: first "before" (every counter read live, as before the
// roll-up; one timed run per query), then the daily roll-up (insight-rollup.ts) and "after" (median of 5).
// BENCH_BEFORE=0 skips "before" and rolls each day up as it is written, as the platform does.
// Figures: docs/benchmarks.md ("Insights").
process.env.TZ = 'Europe/Paris';

import { execFileSync } from 'node:child_process';
import { NO_DIMENSIONS } from '../src/modules/insights/counted';
import { withBenchDatabase } from './bench-database';
import { InsightCounterModel, counterId, type CounterKey } from '../src/modules/insights/insight-counter.model';
import { DIMENSIONS, insightDays } from '../src/modules/insights/insight-day.model';
import { rollUpClosedDays, rollUpClosedMonths, rollUpDays } from '../src/modules/insights/insight-rollup';
import {
  feedbackAnswers,
  placeFigures,
  searchesByDay,
  soughtSubcategories,
  unknownPhrases,
  unmetByCommune,
} from '../src/modules/insights/insights-queries';

const SCALE = Number(process.env.BENCH_SCALE ?? 0.25);
const BEFORE = process.env.BENCH_BEFORE !== '0';
const DAYS = 365;
// Counters one day holds (distinct dimension sets, summed over instances): searches by sub-category ×
// commune × nearness, places shown / opened…, a few answers and unknown words.
const SEARCH_PER_DAY = Math.round(600 * SCALE);
const OUTCOME_PER_DAY = Math.round(500 * SCALE);
const OTHER_PER_DAY = Math.round(40 * SCALE);
const BAR_MS = 200;
const SUBCATEGORIES = Array.from({ length: 60 }, (_, i) => `sub${i}`);
const COMMUNES = Array.from({ length: 129 }, (_, i) => String(50_001 + i * 5));
const PLACES = Array.from({ length: 1500 }, (_, i) => i.toString(16).padStart(24, '0'));
const BANDS = ['KM5', 'KM15', 'KM30', 'NONE'];
const OUTCOMES = ['SHOWN', 'OPENED', 'CALLED', 'WEBSITE', 'DIRECTIONS'];

const dayAt = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const empty = NO_DIMENSIONS;

function countersOf(dayIndex: number) {
  const day = dayAt(dayIndex);
  const keys: CounterKey[] = [];
  for (let i = 0; i < SEARCH_PER_DAY; i += 1)
    keys.push({
      ...empty,
      day,
      action: 'SEARCH',
      searchAction: ['DONATE', 'BUY', null][i % 3]!,
      subcategoryId: SUBCATEGORIES[(i * 7 + dayIndex) % SUBCATEGORIES.length]!,
      inseeCode: COMMUNES[(i * 13 + dayIndex) % COMMUNES.length]!,
      nearBand: BANDS[i % BANDS.length]!,
    });
  for (let i = 0; i < OUTCOME_PER_DAY; i += 1)
    keys.push({
      ...empty,
      day,
      action: 'OUTCOME',
      outcome: OUTCOMES[i % 5]!,
      placeId: PLACES[(i * 3 + dayIndex) % PLACES.length]!,
    });
  for (let i = 0; i < OTHER_PER_DAY; i += 1)
    keys.push(
      i % 2
        ? { ...empty, day, action: 'FEEDBACK', outcome: ['FOUND', 'NOT_FOUND'][i % 2]!, placeId: PLACES[i]! }
        : { ...empty, day, action: 'LOOKUP', phrase: `mot inconnu ${i % 30}` },
    );
  return keys.map((key, i) => ({
    ...key,
    _id: `${counterId(key)}|bench|${i}`,
    instance: 'bench',
    seq: 1,
    count: 1 + (i % 9),
  }));
}

const loadavg = () => execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ');

async function time<T>(label: string, run: () => Promise<T>, times = 5): Promise<number> {
  if (times > 1) await run(); // warm
  const runs: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await run();
    runs.push(performance.now() - started);
  }
  const median = runs.sort((a, b) => a - b)[runs.length >> 1]!;
  console.log(
    `${label.padEnd(34)} median ${median.toFixed(0).padStart(6)} ms  ${median <= BAR_MS ? 'OK' : 'OVER THE BAR'}`,
  );
  return median;
}

async function main(database: string) {
  await InsightCounterModel.init();
  console.log(`database: ${database}; ${execFileSync('nproc').toString().trim()} cores; load average ${loadavg()}`);
  const started = performance.now();
  for (let d = 0; d < DAYS; d += 1) {
    await InsightCounterModel.insertMany(countersOf(d), { ordered: false, lean: true });
    // BENCH_BEFORE=0: each day rolled up as it ends, as the platform does (the before phase is skipped).
    if (!BEFORE) await rollUpDays([dayAt(d)]);
  }
  const total = Math.round((SEARCH_PER_DAY + OUTCOME_PER_DAY + OTHER_PER_DAY) * DAYS);
  console.log(`${total} counters for ${DAYS} days written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const year = { from: dayAt(0), to: dayAt(DAYS - 1) };
  const month = { from: dayAt(DAYS - 30), to: dayAt(DAYS - 1) };
  const partial = { from: dayAt(9), to: dayAt(DAYS - 1) };
  const queries: [string, () => Promise<unknown>][] = [
    ['searchesByDay (year)', () => searchesByDay(year)],
    ['communes (year)', () => unmetByCommune(year, null)],
    ['communes, one family (year)', () => unmetByCommune(year, SUBCATEGORIES.slice(0, 5))],
    ['unknownPhrases (year)', () => unknownPhrases(year, 50)],
    ['subcategories (year)', () => soughtSubcategories(year)],
    ['feedback (year)', () => feedbackAnswers(year, null)],
    ['places, whole territory (year)', () => placeFigures(year, null)],
    ['places, one structure (year)', () => placeFigures(year, PLACES.slice(0, 10))],
    ['searchesByDay (30 days)', () => searchesByDay(month)],
    // Starting inside a month: after the monthly roll-up, that month less its first 9 days.
    ['communes (from 10 January)', () => unmetByCommune(partial, null)],
    ['places, territory (from 10 Jan.)', () => placeFigures(partial, null)],
  ];
  const answers = async () => {
    const all: unknown[] = [];
    for (const [, run] of queries) all.push(await run());
    return JSON.stringify(all);
  };
  let slow = !BEFORE;
  if (BEFORE) console.log('\nbefore: every counter read live (one run per query)');
  for (const [label, run] of BEFORE ? queries : [])
    await time(label, run, 1).catch((error: { codeName?: string }) => {
      if (error.codeName !== 'MaxTimeMSExpired') throw error;
      console.log(`${label.padEnd(34)} over 10 s (maxTimeMS)`);
      slow = true;
    });
  // Answers compared before/after only when every query could answer before.
  const reference = slow ? null : await answers();
  const rolling = performance.now();
  await rollUpClosedDays(new Date(Date.UTC(2026, 0, 2, 12)));
  console.log(
    `\nroll-up of ${DAYS} days: ${((performance.now() - rolling) / 1000).toFixed(1)} s, ${(await Promise.all(DIMENSIONS.map((d) => insightDays(d).estimatedDocumentCount()))).reduce((a, b) => a + b, 0)} day documents, ${await InsightCounterModel.estimatedDocumentCount()} counters left`,
  );
  const same = reference === null || (await answers()) === reference;
  console.log(`same answers before and after the roll-up: ${reference === null ? 'not compared' : same}`);
  console.log(`\nafter: closed days from their roll-up (median of 5); load average ${loadavg()}`);
  const medians: number[] = [];
  for (const [label, run] of queries) medians.push(await time(label, run));
  const daily = await answers();
  const folding = performance.now();
  const months = await rollUpClosedMonths(new Date(Date.UTC(2026, 0, 2, 12)));
  console.log(
    `\nmonthly roll-up of ${months.length} months: ${((performance.now() - folding) / 1000).toFixed(1)} s; same answers as from the days: ${(await answers()) === daily}`,
  );
  const sameMonthly = (await answers()) === daily;
  console.log(`\nmonthly: closed months from their roll-up (median of 5); load average ${loadavg()}`);
  const monthly: number[] = [];
  for (const [label, run] of queries) monthly.push(await time(label, run));
  console.log(`\nquery                              days → months (same run)`);
  queries.forEach(([label], i) =>
    console.log(`${label.padEnd(34)} ${medians[i]!.toFixed(0).padStart(6)} → ${monthly[i]!.toFixed(0).padStart(4)} ms`),
  );
  const worst = Math.max(...monthly);
  console.log(`worst median ${worst.toFixed(0)} ms: ${worst <= BAR_MS ? 'within' : 'OVER'} the ${BAR_MS} ms bar`);
  process.exitCode = worst <= BAR_MS && same && sameMonthly ? 0 : 1;
}

void withBenchDatabase('insights', main);
