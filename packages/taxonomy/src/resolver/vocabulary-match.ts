import { MIN_STEM_LENGTH, stemOf, type ResolverIndex } from './resolver-index';
import { allowedTypos, letterMask, MIN_PREFIX_LENGTH, prefixSimilarity, typoSimilarity } from './token-similarity';

/** Vocabulary ids that a typed token matches, with their similarity in (0, 1]. */
export type VocabularyMatches = Map<number, number>;

function firstAtOrAfter(idx: ResolverIndex, token: string): number {
  let low = 0;
  let high = idx.alphabetical.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (idx.vocabulary[idx.alphabetical[middle]!]! < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

function addPrefixMatches(idx: ResolverIndex, token: string, matches: VocabularyMatches): void {
  for (let i = firstAtOrAfter(idx, token); i < idx.alphabetical.length; i++) {
    const id = idx.alphabetical[i]!;
    const word = idx.vocabulary[id]!;
    if (!word.startsWith(token)) break;
    if (!matches.has(id)) matches.set(id, prefixSimilarity(token, word));
  }
}

const NO_CANDIDATES: readonly number[] = [];

// A word (or a prefix of it) within max typos of the token keeps all but at most 3 × max of the token's
// two-letter sequences: an edit breaks at most three (a swap three, a substitution or a deletion two, an
// insertion one), and each one left appears in the word. So only words holding at least
// length − 1 − 3 × max of the token's sequences (counted by position) can match: for a long word with two
// typos allowed, a few hundred of the vocabulary's words instead of all of them. In id order, like a scan.
function sharedBigramCandidates(idx: ResolverIndex, token: string, max: number): Iterable<number> {
  const needed = token.length - 1 - 3 * max;
  if (needed <= 0) return idx.vocabulary.keys();
  const counts = new Uint16Array(idx.vocabulary.length);
  for (let i = 0; i + 1 < token.length; i++) {
    for (const id of idx.byBigram.get(token.slice(i, i + 2)) ?? NO_CANDIDATES) counts[id]!++;
  }
  const candidates: number[] = [];
  counts.forEach((count, id) => {
    if (count >= needed) candidates.push(id);
  });
  return candidates;
}

// One typo leaves the first two letters lined up (see startsAlike), so only words whose first or second
// letter is one of the token's first two can match; two typos (long words): see sharedBigramCandidates.
export function typoCandidates(idx: ResolverIndex, token: string, max: number): Iterable<number> {
  if (max > 1) return sharedBigramCandidates(idx, token, max);
  const candidates = new Set<number>();
  for (const code of new Set([token.charCodeAt(0), token.charCodeAt(1)])) {
    for (const id of idx.byFirstLetter.get(code) ?? NO_CANDIDATES) candidates.add(id);
    for (const id of idx.bySecondLetter.get(code) ?? NO_CANDIDATES) candidates.add(id);
  }
  return candidates;
}

function addTypoMatches(idx: ResolverIndex, token: string, matches: VocabularyMatches): void {
  const max = allowedTypos(token);
  if (max === 0) return;
  const mask = letterMask(token);
  for (const id of typoCandidates(idx, token, max)) {
    if (matches.has(id)) continue;
    const similarity = typoSimilarity(token, mask, idx.vocabulary[id]!, idx.masks[id]!, max);
    if (similarity > 0) matches.set(id, similarity);
  }
}

// Same Snowball stem ("électriques"/"électrique", "réparation"/"réparateur"): surer than a typo.
const STEM_SIMILARITY = 0.85;

function addStemMatches(idx: ResolverIndex, token: string, matches: VocabularyMatches): void {
  const stem = stemOf(token);
  if (stem.length < MIN_STEM_LENGTH) return;
  for (const id of idx.byStem.get(stem) ?? NO_CANDIDATES) {
    matches.set(id, Math.max(matches.get(id) ?? 0, STEM_SIMILARITY));
  }
}

/**
 * Exact word, then words the token starts (as typed so far), then, only for a word unknown as typed,
 * words of the same stem and words within the typo budget: a correctly spelled word is not second-guessed.
 */
export function matchVocabulary(idx: ResolverIndex, token: string): VocabularyMatches {
  const matches: VocabularyMatches = new Map();
  const exact = idx.tokenIds.get(token);
  if (exact !== undefined) matches.set(exact, 1);
  if (token.length >= MIN_PREFIX_LENGTH) addPrefixMatches(idx, token, matches);
  if (exact === undefined) {
    addStemMatches(idx, token, matches);
    addTypoMatches(idx, token, matches);
  }
  return matches;
}
