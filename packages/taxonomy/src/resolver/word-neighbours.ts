// Neighbours in meaning of French nouns (src/generated/word-neighbours.ts, generated from CC0 word
// vectors by scripts/generate-word-neighbours.ts): for a word no name of ours holds ("yaourt"), the
// vocabulary nouns used in the same contexts (fromage, lait…), each with its cosine. They lead a
// resident's word to a family when its spelling matches nothing, always as an approximate answer.
import { neighbourTargets, wordNeighbourLines } from '../generated/word-neighbours';
import { SLOTS, type ResolverIndex } from './resolver-index';
import type { VocabularyMatches } from './vocabulary-match';

interface Neighbour {
  id: number;
  cosine: number;
}

let targets: string[] | undefined;
let lines: Map<string, string> | undefined;

/** Reads the table now (a split of a 0.8 MB string) rather than on the first unknown word. */
export function prepareWordNeighbours(): void {
  if (lines) return;
  targets = neighbourTargets.split(' ');
  lines = new Map();
  for (const line of wordNeighbourLines.split('\n')) {
    const space = line.indexOf(' ');
    lines.set(line.slice(0, space), line.slice(space + 1));
  }
}

/** The table line of a normalized, singular token: only common French nouns have one (a real word, not a typo). */
function lineOf(token: string): string | undefined {
  prepareWordNeighbours();
  return lines!.get(token);
}

// The neighbours that the index holds (a staff synonym may add some; a benchmark fold may leave some out).
function neighboursInIndex(idx: ResolverIndex, line: string): Neighbour[] {
  const found: Neighbour[] = [];
  for (const pair of line.split(' ')) {
    const colon = pair.indexOf(':');
    const id = idx.tokenIds.get(targets![Number(pair.slice(0, colon))]!);
    if (id !== undefined) found.push({ id, cosine: Number(pair.slice(colon + 1)) / 100 });
  }
  return found;
}

const familyCache = new WeakMap<ResolverIndex, Map<number, readonly string[]>>();

/** The sub-categories whose names use a vocabulary word. */
function familiesOf(idx: ResolverIndex, id: number): readonly string[] {
  let cache = familyCache.get(idx);
  if (!cache) familyCache.set(idx, (cache = new Map()));
  let families = cache.get(id);
  if (!families) {
    const found = new Set<string>();
    for (const posting of idx.postings[id]!) found.add(idx.entries[Math.floor(posting / SLOTS)]!.subcategoryId);
    cache.set(id, (families = [...found]));
  }
  return families;
}

// Every constant below was chosen on the development folds and the noise texts (bench/dev-folds.ts),
// never on the test sets.
// A neighbour's similarity is at most NEIGHBOUR_SCALE (its cosine times it): below a typo's, so a phrase
// it leads to scores under the medium confidence.
const NEIGHBOUR_SCALE = 0.45;
// A common French noun is seldom a typo of another word: its typo matches (similarity below a stem's)
// count for less, and its neighbours are sought unless its spelling matched well.
const TYPO_DAMPING = 0.5;
const DAMPED_BELOW = 0.85;
const LEXICAL_ENOUGH = 0.85;
// A neighbour is kept only if it shares a family with another neighbour: lone ones are chance ("bonjour" → coucou).
const MIN_AGREEING = 2;

/**
 * Adds to an unknown word's lexical matches its neighbours in meaning that agree on a family, and damps
 * its typo matches if it is a French noun of the table. Returns the vocabulary ids added that way.
 */
export function addMeaningMatches(idx: ResolverIndex, token: string, matches: VocabularyMatches): number[] {
  const line = lineOf(token);
  if (line === undefined || idx.tokenIds.has(token)) return [];
  let best = 0;
  for (const [id, similarity] of matches) {
    const damped = similarity < DAMPED_BELOW ? similarity * TYPO_DAMPING : similarity;
    matches.set(id, damped);
    best = Math.max(best, damped);
  }
  if (best >= LEXICAL_ENOUGH) return [];
  const found = neighboursInIndex(idx, line);
  const votes = new Map<string, number>();
  for (const { id } of found) for (const family of familiesOf(idx, id)) votes.set(family, (votes.get(family) ?? 0) + 1);
  const added: number[] = [];
  for (const { id, cosine } of found) {
    if (!familiesOf(idx, id).some((family) => votes.get(family)! >= MIN_AGREEING)) continue;
    const similarity = NEIGHBOUR_SCALE * cosine;
    if (similarity > (matches.get(id) ?? 0)) {
      matches.set(id, similarity);
      added.push(id);
    }
  }
  return added;
}

/**
 * For a word the index does not hold, the share of its neighbours' cosine that each family's names
 * account for ("courgette": fane, épluchure, fraise… → food waste); undefined without two neighbours.
 */
export function neighbourFamilies(idx: ResolverIndex, token: string): Map<string, number> | undefined {
  const line = lineOf(token);
  if (line === undefined || idx.tokenIds.has(token)) return undefined;
  const found = neighboursInIndex(idx, line);
  if (found.length < MIN_AGREEING) return undefined;
  const shares = new Map<string, number>();
  let total = 0;
  for (const { id, cosine } of found) {
    total += cosine;
    for (const family of familiesOf(idx, id)) shares.set(family, (shares.get(family) ?? 0) + cosine);
  }
  for (const [family, sum] of shares) shares.set(family, sum / total);
  return shares;
}
