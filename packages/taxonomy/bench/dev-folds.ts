// Development benchmark of the object resolver: what tuning may look at (the frozen test sets stay out).
//   dev           bench/eval-set.ts, against the full index
//   ademe folds   the ADEME names of the tuning part (src/generated/ademe-vocabulary.ts less the held-out
//                 test set's names), five folds: each fold is left out of the index and looked up against
//                 the rest (like the held-out names)
// Every index here is built without the held-out test set's names (bench/held-out-split.ts), which the
// shipped vocabulary holds: tuning sees the resolver as it was before they were shipped.
//   object folds  LVAO's object labels, five folds, the same way
// Run: pnpm --filter @reemploi/taxonomy bench:dev (add --misses to list what is not top-1).
import { objects, synonyms } from '../src/index';
import { normalizeText } from '../src/normalize';
import { resolveWithIndex } from '../src/resolver/resolve-object';
import type { ResolverIndex } from '../src/resolver/resolver-index';
import { evalSet } from './eval-set';
import { ademeTuningRows, buildHeldOutIndex } from './held-out-split';

const FOLDS = 5;
// Texts that name no object (made-up words, everyday words): an answer here is a false guess.
// prettier-ignore
const NOISE = [
  'zorglubette', 'nimportequoi', 'blabla', 'bonjour', 'merci', 'vieux', 'demain', 'aujourd hui', 'voila', 'rien',
  'toujours', 'jamais', 'quelque chose', 'personne', 'truc', 'bidule', 'machin chose', 'salut', 'coucou toi',
  'pourquoi', 'maintenant', 'hier soir', 'gratuit', 'urgent', 'rapide', 'asdfgh', 'qsdfgh', 'azerty', 'xqzwv',
  'lorem ipsum', 'test', 'hello', 'thanks', 'yesterday', 'something', 'nothing', 'whatever', 'quoi faire',
];
const showMisses = process.argv.includes('--misses');

type Case = readonly [query: string, ...acceptable: string[]];

interface Outcome {
  query: string;
  acceptable: readonly string[];
  ranked: string[];
  rank: number;
}

// A salt keeps these folds independent of the held-out split (scripts/import-ademe.ts hashes the bare text).
function foldOf(term: string): number {
  let hash = 0x811c9dc5;
  for (const c of `dev-fold:${normalizeText(term)}`) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return hash % FOLDS;
}

function evaluate(getIndex: () => ResolverIndex, cases: readonly Case[]): Outcome[] {
  return cases.map(([query, ...acceptable]) => {
    const ranked = resolveWithIndex(getIndex, query, 3).map((m) => m.subcategoryId);
    return { query, acceptable, ranked, rank: ranked.findIndex((id) => acceptable.includes(id)) + 1 };
  });
}

// Every sub-category a normalized name is filed under (LVAO files a few names twice).
function acceptedByName(rows: readonly (readonly [string, string])[]): Map<string, Set<string>> {
  const accepted = new Map<string, Set<string>>();
  for (const [term, subcategoryId] of rows) {
    const key = normalizeText(term);
    accepted.set(key, (accepted.get(key) ?? new Set()).add(subcategoryId));
  }
  return accepted;
}

function crossValidate(rows: readonly (readonly [string, string])[]): Outcome[] {
  const synonymTerms = new Set(synonyms.map((s) => normalizeText(s.term)));
  const accepted = acceptedByName(rows);
  const outcomes: Outcome[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const names = [...accepted.keys()].filter((name) => foldOf(name) === fold && !synonymTerms.has(name));
    const leftOut = new Set(names);
    const index = buildHeldOutIndex((term) => leftOut.has(normalizeText(term)));
    const cases = names.map((name) => [name, ...accepted.get(name)!] as const);
    outcomes.push(...evaluate(() => index, cases));
  }
  return outcomes;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} %`;
}

function line(label: string, outcomes: Outcome[]): string {
  const top1 = outcomes.filter((o) => o.rank === 1).length;
  const top3 = outcomes.filter((o) => o.rank >= 1).length;
  const empty = outcomes.filter((o) => o.ranked.length === 0).length;
  return `${label.padEnd(24)} n=${String(outcomes.length).padEnd(4)} top-1 ${percent(top1, outcomes.length).padEnd(8)} top-3 ${percent(top3, outcomes.length).padEnd(8)} empty ${empty}`;
}

function main(): void {
  const full = buildHeldOutIndex();
  const results: [string, Outcome[]][] = [
    ['dev (eval-set.ts)', evaluate(() => full, evalSet)],
    ['ademe folds (tuning part)', crossValidate(ademeTuningRows)],
    ['object folds (LVAO)', crossValidate(objects.map((o) => [o.label, o.subcategoryId] as const))],
  ];
  console.log('Object resolver, development sets');
  for (const [label, outcomes] of results) console.log(line(label, outcomes));
  const guesses = NOISE.filter((text) => resolveWithIndex(() => full, text, 1).length > 0);
  console.log(
    `${'noise (no object named)'.padEnd(24)} n=${NOISE.length}   answered ${guesses.length}: ${guesses.join(', ')}`,
  );
  if (!showMisses) return;
  for (const [label, outcomes] of results) {
    const misses = outcomes.filter((o) => o.rank !== 1);
    console.log(`\n${label}, not top-1 (${misses.length}):`);
    for (const o of misses) {
      const where = o.rank === 0 ? 'missed' : `rank ${o.rank}`;
      console.log(
        `  ${where.padEnd(7)} "${o.query}" expected ${o.acceptable.join('|')} got ${o.ranked.join(', ') || '-'}`,
      );
    }
  }
}

main();
