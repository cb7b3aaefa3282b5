// Micro-measure of counting on the search path (issue 13 §2, docs/benchmarks.md): what a counted search
// costs the request (`Insights.forRequest` + `countSearch`, 20 places shown, with a response-cache ticket
// as anonymous GET / POST requests have), the same under `DNT: 1`, an answer replayed from the response
// cache, and the work left for the flush (`InsightBatcher.fold`, when the batcher has one), per search.
// `tsx services/api/bench/counting.bench.ts` (COUNTING_BENCH_N searches per round, default 20 000; 7 rounds,
// medians). No database: the batcher is never flushed, only folded.
import type { Request } from 'express';
import { createLogger } from '../src/shared/logger';
import { Insights } from '../src/modules/insights/insights.service';
import { DirectoryService } from '../src/modules/places/directory.service';

const N = Number(process.env.COUNTING_BENCH_N ?? 20_000);
const ROUNDS = 7;
const logger = createLogger('silent');
const directory = new DirectoryService({ pollMs: 600_000, logger });

const CHERBOURG = { lat: 49.64, lng: -1.62 };
const args = { filter: { subcategories: ['velo'], actions: ['DONATE'] }, near: CHERBOURG };
/** Pages of 20 places out of 2 000, so counters repeat as on a real territory. */
const answers = Array.from({ length: 100 }, (_, a) => ({
  edges: Array.from({ length: 20 }, (_, i) => ({
    node: { id: `p${String((a * 37 + i * 101) % 2_000).padStart(23, '0')}`, distanceMeters: 800 + i * 150 },
  })),
}));
const request = (headers: Record<string, string>) =>
  ({ get: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;
const counted = request({});
const dnt = request({ dnt: '1' });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
type Later = { fold?: () => void; writeOutShown?: () => void };
/** The batcher's fold, if this version has one (before 2026-12-06 counters were written out in the request). */
const fold = (insights: Insights) => (insights.batcher as unknown as Later).fold?.();
/** What the flush writes out besides (the places shown as counters), once per flush. */
const writeOut = (insights: Insights) => (insights.batcher as unknown as Later).writeOutShown?.();

/** `count` N times in chunks of 1 000 (below FOLD_AT), folding after each chunk as the event loop's next turn would. */
function measure(insights: Insights, count: (i: number) => void) {
  let request = 0n;
  let folding = 0n;
  for (let chunk = 0; chunk < N; chunk += 1_000) {
    let start = process.hrtime.bigint();
    for (let i = chunk; i < Math.min(N, chunk + 1_000); i += 1) count(i);
    request += process.hrtime.bigint() - start;
    start = process.hrtime.bigint();
    fold(insights);
    folding += process.hrtime.bigint() - start;
  }
  return [Number(request) / 1_000 / N, Number(folding) / 1_000 / N] as const;
}

function round() {
  const insights = new Insights({ directory, logger, flushMs: 0 });
  const now = new Date();
  const [search, searchFold] = measure(insights, (i) =>
    insights.forRequest(counted, now, {}).countSearch(args, answers[i % 100]!),
  );
  const start = process.hrtime.bigint();
  writeOut(insights); // one flush for the N searches (a flush every 10 s writes out each place shown once)
  const searchFlush = Number(process.hrtime.bigint() - start) / 1_000 / N;

  const [underDnt] = measure(insights, (i) => insights.forRequest(dnt, now, {}).countSearch(args, answers[i % 100]!));

  const ticket: { replays?: ((req: Request) => void)[] } = {};
  insights.forRequest(dnt, now, ticket).countSearch(args, answers[0]!);
  const replay = ticket.replays![0]!;
  const [replayed, replayFold] = measure(insights, () => replay(counted));
  return { search, searchFold, searchFlush, underDnt, replayed, replayFold };
}

round(); // warm-up
const rounds = Array.from({ length: ROUNDS }, round);
const row = (label: string, pick: (r: ReturnType<typeof round>) => number) =>
  console.log(`| ${label} | ${median(rounds.map(pick)).toFixed(2)} µs |`);
console.log(`| per search (${N} searches × ${ROUNDS} rounds, medians, 20 places shown) | |`);
console.log('| --- | ---: |');
row('counted: in the request', (r) => r.search);
row('counted: expanded in a later turn (fold)', (r) => r.searchFold);
row('counted: written out at the flush (places shown), per search', (r) => r.searchFlush);
row('not counted (DNT), in the request', (r) => r.underDnt);
row('replayed from the response cache: in the request', (r) => r.replayed);
row('replayed: expanded in a later turn (fold)', (r) => r.replayFold);
