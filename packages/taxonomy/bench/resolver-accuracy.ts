// Object resolver accuracy and latency on the held-out set in eval-set.ts.
// Run: pnpm bench:resolver (from the repository root).
import { normalizeText, prepareObjectResolver, resolveObject, subcategoryById, synonyms } from '../src/index';
import { evalSet, type EvalCase } from './eval-set';

const LATENCY_ROUNDS = 20;

interface Outcome {
  query: string;
  acceptable: string[];
  ranked: string[];
  rank: number; // 1-based, 0 when absent from the top 3
  synonymHit: boolean;
}

function checkCodes(cases: readonly EvalCase[]): void {
  const unknown = cases.flatMap(([, ...codes]) => codes.filter((c) => !subcategoryById(c)));
  if (unknown.length > 0) throw new Error(`eval set names unknown sub-categories: ${unknown.join(', ')}`);
}

function evaluate(cases: readonly EvalCase[]): Outcome[] {
  const synonymTerms = new Set(synonyms.map((s) => normalizeText(s.term)));
  return cases.map(([query, ...acceptable]) => {
    const ranked = resolveObject(query, 3).map((m) => m.subcategoryId);
    const rank = ranked.findIndex((id) => acceptable.includes(id)) + 1;
    return { query, acceptable, ranked, rank, synonymHit: synonymTerms.has(normalizeText(query)) };
  });
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}

function accuracyLine(label: string, outcomes: Outcome[]): string {
  const top1 = outcomes.filter((o) => o.rank === 1).length;
  const top3 = outcomes.filter((o) => o.rank >= 1).length;
  return `${label.padEnd(34)} n=${String(outcomes.length).padEnd(4)} top-1 ${percent(top1, outcomes.length)}  top-3 ${percent(top3, outcomes.length)}`;
}

function measureLatency(cases: readonly EvalCase[]): { mean: number; p99: number } {
  const samples: number[] = [];
  for (let round = 0; round < LATENCY_ROUNDS; round++) {
    for (const [query] of cases) {
      const start = process.hrtime.bigint();
      resolveObject(query);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, s) => sum + s, 0) / samples.length;
  return { mean, p99: samples[Math.floor(samples.length * 0.99)] ?? 0 };
}

function main(): void {
  checkCodes(evalSet);
  const buildStart = process.hrtime.bigint();
  prepareObjectResolver();
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  const outcomes = evaluate(evalSet);
  const latency = measureLatency(evalSet);

  console.log(`Object resolver, ${evalSet.length} held-out queries (bench/eval-set.ts)`);
  console.log(accuracyLine('all queries', outcomes));
  console.log(
    accuracyLine(
      'queries not equal to a synonym',
      outcomes.filter((o) => !o.synonymHit),
    ),
  );
  console.log(
    accuracyLine(
      'queries equal to a synonym',
      outcomes.filter((o) => o.synonymHit),
    ),
  );
  console.log(`index build ${buildMs.toFixed(1)} ms (once, lazy)`);
  console.log(
    `latency per query: mean ${latency.mean.toFixed(3)} ms, p99 ${latency.p99.toFixed(3)} ms (${LATENCY_ROUNDS} rounds)`,
  );
  const misses = outcomes.filter((o) => o.rank !== 1);
  console.log(`\nNot top-1 (${misses.length}):`);
  for (const o of misses) {
    const where = o.rank === 0 ? 'missed' : `rank ${o.rank}`;
    console.log(
      `  ${where.padEnd(7)} "${o.query}" expected ${o.acceptable.join('|')} got ${o.ranked.join(', ') || '(nothing)'}`,
    );
  }
}

main();
