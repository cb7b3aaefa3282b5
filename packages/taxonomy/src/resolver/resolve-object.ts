import { tokenize } from '../normalize';
import { buildResolverIndex, SECONDARY_SLOT, SLOTS, type ResolverIndex } from './resolver-index';
import { matchVocabulary } from './vocabulary-match';

export interface SubcategoryMatch {
  subcategoryId: string;
  score: number;
  matchedText: string;
}

const DEFAULT_FIRST = 5;
// Below this a match is noise (e.g. one word of a four-word query, itself a typo).
const MIN_SCORE = 0.25;
// A word found only inside a label's parenthesis counts for less than a head word.
const SECONDARY_FACTOR = 0.7;
// Long pasted texts are cut: residents type a few words, and latency must stay bounded.
const MAX_TOKENS = 8;

interface EntryHits {
  byQueryToken: Float64Array;
  bySlot: Float64Array;
}

let index: ResolverIndex | undefined;

function resolverIndex(): ResolverIndex {
  index ??= buildResolverIndex();
  return index;
}

/** Builds the resolver index now rather than on the first query (e.g. at server start). */
export function prepareObjectResolver(): void {
  resolverIndex();
}

function collectHits(idx: ResolverIndex, tokens: string[]): Map<number, EntryHits> {
  const hits = new Map<number, EntryHits>();
  tokens.forEach((token, i) => {
    for (const [id, similarity] of matchVocabulary(idx, token)) {
      recordPostings(idx, hits, idx.postings[id]!, i, similarity, tokens.length);
    }
  });
  return hits;
}

function recordPostings(
  idx: ResolverIndex,
  hits: Map<number, EntryHits>,
  postings: number[],
  queryToken: number,
  similarity: number,
  tokenCount: number,
): void {
  for (const posting of postings) {
    const entryId = Math.floor(posting / SLOTS);
    const slot = posting % SLOTS;
    let entry = hits.get(entryId);
    if (!entry) {
      entry = {
        byQueryToken: new Float64Array(tokenCount),
        bySlot: new Float64Array(idx.entries[entryId]!.primaryCount),
      };
      hits.set(entryId, entry);
    }
    const credited = slot === SECONDARY_SLOT ? similarity * SECONDARY_FACTOR : similarity;
    entry.byQueryToken[queryToken] = Math.max(entry.byQueryToken[queryToken]!, credited);
    if (slot !== SECONDARY_SLOT) entry.bySlot[slot] = Math.max(entry.bySlot[slot]!, similarity);
  }
}

// French noun phrases put the head noun first ("écran plat", "lampe de chevet"): it weighs more.
const HEAD_WEIGHT = 1;
const MODIFIER_WEIGHT = 0.8;

function headWeightedMean(values: Float64Array): number {
  let sum = 0;
  let weights = 0;
  values.forEach((v, i) => {
    const weight = i === 0 ? HEAD_WEIGHT : MODIFIER_WEIGHT;
    sum += weight * v;
    weights += weight;
  });
  return weights === 0 ? 0 : sum / weights;
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? 0 : sum / values.length;
}

// All typed words should be explained (query coverage); a phrase matched in full beats one matched in part.
function entryScore(weight: number, hits: EntryHits): number {
  return weight * headWeightedMean(hits.byQueryToken) * (0.5 + 0.5 * mean(hits.bySlot));
}

function bestPerSubcategory(idx: ResolverIndex, hits: Map<number, EntryHits>): SubcategoryMatch[] {
  const best = new Map<string, SubcategoryMatch & { entryId: number }>();
  for (const [entryId, entryHits] of hits) {
    const entry = idx.entries[entryId]!;
    const score = entryScore(entry.weight, entryHits);
    const current = best.get(entry.subcategoryId);
    const better = !current || score > current.score || (score === current.score && entryId < current.entryId);
    if (score >= MIN_SCORE && better)
      best.set(entry.subcategoryId, { subcategoryId: entry.subcategoryId, score, matchedText: entry.text, entryId });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.entryId - b.entryId)
    .map(({ subcategoryId, score, matchedText }) => ({
      subcategoryId,
      score: Math.round(score * 1e4) / 1e4,
      matchedText,
    }));
}

/**
 * Sub-categories for an object typed in a resident's own words, best first: score 1 for an exact label
 * or synonym, lower for prefixes and typos; [] for blank or unknown text.
 */
export function resolveObject(text: string, first: number = DEFAULT_FIRST): SubcategoryMatch[] {
  const tokens = tokenize(text.slice(0, 200)).slice(0, MAX_TOKENS);
  if (tokens.length === 0 || !(first >= 1)) return [];
  const idx = resolverIndex();
  return bestPerSubcategory(idx, collectHits(idx, tokens)).slice(0, Math.floor(first));
}
