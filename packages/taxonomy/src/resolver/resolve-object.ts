import { subcategoryById } from '../categories';
import { analyzeQuery } from '../normalize';
import { buildResolverIndex, SECONDARY_SLOT, SLOTS, type ExtraSynonym, type ResolverIndex } from './resolver-index';
import { modelScores } from './subcategory-model';
import { matchVocabulary } from './vocabulary-match';
import { addMeaningMatches, neighbourFamilies, prepareWordNeighbours } from './word-neighbours';

/**
 * high: the object as named (exact name, plural, accent or one typo away); medium: a close reading
 * (a prefix being typed, a stem, part of the words); low: an approximate fallback, e.g. only one word
 * of the text or its family is recognised: the resident should check it.
 */
export type MatchConfidence = 'high' | 'medium' | 'low';

export interface SubcategoryMatch {
  subcategoryId: string;
  score: number;
  matchedText: string;
  confidence: MatchConfidence;
}

const DEFAULT_FIRST = 5;
// Below this a match is noise (e.g. one word of a four-word query, itself a typo)…
const MIN_SCORE = 0.25;
// …unless nothing scores better: then a weaker match is still said, as an approximate (low) one, rather
// than no answer for a text with a recognisable word.
const FALLBACK_MIN_SCORE = 0.1;
const HIGH_CONFIDENCE = 0.75;
const MEDIUM_CONFIDENCE = 0.45;
// A word found only inside a label's parenthesis counts for less than a head word.
const SECONDARY_FACTOR = 0.7;
// Long pasted texts are cut: residents type a few words, and latency must stay bounded.
const MAX_TOKENS = 8;

interface EntryHits {
  byQueryToken: Float64Array;
  bySlot: Float64Array;
  /** Some word of the text is credited through a neighbour in meaning: the match is approximate. */
  approximate: boolean;
  /** Some word of the text is credited by its own spelling. */
  byName: boolean;
}

let index: ResolverIndex | undefined;
let extraSynonyms: readonly ExtraSynonym[] = [];

function resolverIndex(): ResolverIndex {
  index ??= buildResolverIndex(extraSynonyms);
  return index;
}

/**
 * Replaces the synonyms added at run time (staff's, kept by the API) and rebuilds the index now
 * (0.1–0.2 s on a quiet machine), so residents' queries never wait for it; unknown sub-categories are ignored.
 */
export function setExtraSynonyms(rows: readonly ExtraSynonym[]): void {
  extraSynonyms = rows.filter((row) => subcategoryById(row.subcategoryId) !== undefined);
  index = buildResolverIndex(extraSynonyms);
  prepareWordNeighbours();
}

/** Builds the resolver index now rather than on the first query (e.g. at server start). */
export function prepareObjectResolver(): void {
  resolverIndex();
  prepareWordNeighbours();
}

function collectHits(idx: ResolverIndex, tokens: string[]): Map<number, EntryHits> {
  const hits = new Map<number, EntryHits>();
  tokens.forEach((token, i) => {
    const matches = matchVocabulary(idx, token);
    const byMeaning = new Set(addMeaningMatches(idx, token, matches));
    for (const [id, similarity] of matches) {
      recordPostings(idx, hits, idx.postings[id]!, i, similarity, tokens.length, byMeaning.has(id));
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
  byMeaning: boolean,
): void {
  for (const posting of postings) {
    const entryId = Math.floor(posting / SLOTS);
    const slot = posting % SLOTS;
    let entry = hits.get(entryId);
    if (!entry) {
      entry = {
        byQueryToken: new Float64Array(tokenCount),
        bySlot: new Float64Array(idx.entries[entryId]!.primaryCount),
        approximate: false,
        byName: false,
      };
      hits.set(entryId, entry);
    }
    const credited = slot === SECONDARY_SLOT ? similarity * SECONDARY_FACTOR : similarity;
    if (credited > entry.byQueryToken[queryToken]!) {
      entry.byQueryToken[queryToken] = credited;
      entry.approximate ||= byMeaning;
      entry.byName ||= !byMeaning;
    }
    if (slot !== SECONDARY_SLOT) entry.bySlot[slot] = Math.max(entry.bySlot[slot]!, similarity);
  }
}

// French noun phrases put the head noun first ("écran plat", "batterie de vélo"): see analyzeQuery.
function weightedMean(values: Float64Array, weights: readonly number[]): number {
  let sum = 0;
  let total = 0;
  values.forEach((v, i) => {
    const weight = weights[i] ?? 1;
    sum += weight * v;
    total += weight;
  });
  return total === 0 ? 0 : sum / total;
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? 0 : sum / values.length;
}

// All typed words should be explained (query coverage); a phrase matched in full beats one matched in part.
function entryScore(weight: number, hits: EntryHits, tokenWeights: readonly number[]): number {
  return weight * weightedMean(hits.byQueryToken, tokenWeights) * (0.5 + 0.5 * mean(hits.bySlot));
}

function confidenceOf(score: number): MatchConfidence {
  if (score >= HIGH_CONFIDENCE) return 'high';
  return score >= MEDIUM_CONFIDENCE ? 'medium' : 'low';
}

interface Candidate {
  subcategoryId: string;
  score: number;
  matchedText: string;
  entryId: number;
  /** Found through a family or a neighbour in meaning rather than by the object's name: low confidence. */
  approximate: boolean;
}

// The sub-category model (subcategory-model.ts) adds up to MODEL_WEIGHT to the sub-categories whose
// words and word parts the text shares, relative to the best of them: enough to break ties between
// partial phrase matches and to name a family for a word no phrase holds, never enough to outrank a
// phrase matched in full, nor to take a compound's head away ("batterie de vélo électrique" stays a
// battery). Below MODEL_MIN_SIMILARITY the likeness is noise ("blabla", "zorglubette"): the threshold
// adds no answer to bench/dev-folds.ts's texts naming no object. Both were chosen on the development
// folds (bench/dev-folds.ts), never on the test sets.
const MODEL_WEIGHT = 0.2;
const MODEL_MIN_SIMILARITY = 0.2;

/** The family's own name, for a match that recognises the family rather than what was typed. */
const familyLabel = (subcategoryId: string) => subcategoryById(subcategoryId)?.label.fr;

/**
 * Evidence for a family on top of the phrases: it fills part of what a phrase match leaves unexplained
 * (an exact name keeps its 1, every score stays within [0, 1]); a family no phrase found becomes an
 * approximate candidate named by the family, when `named`.
 */
function addFamilyEvidence(best: Map<string, Candidate>, subcategoryId: string, evidence: number, named: boolean) {
  const current = best.get(subcategoryId);
  if (current) current.score += evidence * (1 - Math.min(1, current.score));
  else if (named) {
    const matchedText = familyLabel(subcategoryId) ?? subcategoryId;
    const entryId = Number.MAX_SAFE_INTEGER;
    best.set(subcategoryId, { subcategoryId, score: evidence, matchedText, entryId, approximate: true });
  }
}

// A family recognised by the model alone scores at most MODEL_WEIGHT.
function addModelEvidence(best: Map<string, Candidate>, similarities: Map<string, number>): void {
  let top = 0;
  for (const similarity of similarities.values()) top = Math.max(top, similarity);
  for (const [subcategoryId, similarity] of similarities)
    addFamilyEvidence(best, subcategoryId, (MODEL_WEIGHT * similarity) / top, similarity >= MODEL_MIN_SIMILARITY);
}

// Words no name of ours holds vote for the families of their neighbours in meaning (word-neighbours.ts):
// a family that holds at least MEANING_MIN_SHARE of a word's neighbours (by cosine) gets up to
// MEANING_WEIGHT, shared among the text's words by their weights, on top of what phrases and the model
// gave it; a family found this way alone is named only from MEANING_MIN_SCORE, as an approximate match.
// Chosen on the development folds and noise texts (bench/dev-folds.ts), never on the test sets.
const MEANING_WEIGHT = 0.4;
const MEANING_MIN_SHARE = 0.5;
const MEANING_MIN_SCORE = 0.1;

function addMeaningEvidence(
  best: Map<string, Candidate>,
  idx: ResolverIndex,
  tokens: readonly string[],
  tokenWeights: readonly number[],
): void {
  let totalWeight = 0;
  const sums = new Map<string, number>();
  tokens.forEach((token, t) => {
    const weight = tokenWeights[t] ?? 1;
    totalWeight += weight;
    for (const [subcategoryId, share] of neighbourFamilies(idx, token) ?? []) {
      if (share >= MEANING_MIN_SHARE) sums.set(subcategoryId, (sums.get(subcategoryId) ?? 0) + weight * share);
    }
  });
  for (const [subcategoryId, sum] of sums) {
    const evidence = (MEANING_WEIGHT * sum) / totalWeight;
    addFamilyEvidence(best, subcategoryId, evidence, evidence >= MEANING_MIN_SCORE);
  }
}

function bestPerSubcategory(
  idx: ResolverIndex,
  hits: Map<number, EntryHits>,
  tokens: readonly string[],
  tokenWeights: readonly number[],
): SubcategoryMatch[] {
  const best = new Map<string, Candidate>();
  for (const [entryId, entryHits] of hits) {
    const entry = idx.entries[entryId]!;
    if (entry.whole && entryHits.bySlot.includes(0)) continue;
    const score = entryScore(entry.weight, entryHits, tokenWeights);
    const current = best.get(entry.subcategoryId);
    const better = !current || score > current.score || (score === current.score && entryId < current.entryId);
    if (better) {
      const { subcategoryId } = entry;
      // A phrase reached through meaning alone ("saumon" → "Crabes") is not what was typed: name the family.
      const matchedText = entryHits.byName ? entry.text : (familyLabel(subcategoryId) ?? entry.text);
      best.set(subcategoryId, { subcategoryId, score, matchedText, entryId, approximate: entryHits.approximate });
    }
  }
  addModelEvidence(best, modelScores(idx.model, tokens, tokenWeights));
  addMeaningEvidence(best, idx, tokens, tokenWeights);
  for (const [subcategoryId, candidate] of best) if (candidate.score < FALLBACK_MIN_SCORE) best.delete(subcategoryId);
  const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.entryId - b.entryId);
  const confident = ranked.filter((c) => c.score >= MIN_SCORE);
  return (confident.length > 0 ? confident : ranked).map(({ subcategoryId, score, matchedText, approximate }) => {
    const rounded = Math.round(score * 1e4) / 1e4;
    return { subcategoryId, score: rounded, matchedText, confidence: approximate ? 'low' : confidenceOf(rounded) };
  });
}

/**
 * Sub-categories for an object typed in a resident's own words, best first: score 1 for an exact label
 * or synonym, lower for prefixes, stems, typos and partial matches (see `confidence`); [] for blank text
 * or text with no recognisable word.
 */
export function resolveObject(text: string, first: number = DEFAULT_FIRST): SubcategoryMatch[] {
  return resolveWithIndex(resolverIndex, text, first);
}

/** resolveObject against a given index (the benchmark's cross-validation folds build their own). */
export function resolveWithIndex(
  getIndex: () => ResolverIndex,
  text: string,
  first: number = DEFAULT_FIRST,
): SubcategoryMatch[] {
  const query = analyzeQuery(text.slice(0, 200));
  const tokens = query.tokens.slice(0, MAX_TOKENS);
  if (tokens.length === 0 || !(first >= 1)) return [];
  const idx = getIndex();
  return bestPerSubcategory(idx, collectHits(idx, tokens), tokens, query.weights).slice(0, Math.floor(first));
}

/** Whether a normalized token is a word of the vocabulary (an object word the resolver knows). */
export function isKnownWord(token: string): boolean {
  return resolverIndex().tokenIds.has(token);
}
