import { boundedDistances, DISTANCE_BASE } from './edit-distance';

// Tiers keep the required order: exact word (1) > typed prefix (0.55–0.9) > typo (0.4–0.8).
const PREFIX_BASE = 0.55;
const PREFIX_SPAN = 0.35;
const TYPO_SIMILARITY = [1, 0.8, 0.62];
const TYPO_PREFIX_SIMILARITY = [1, 0.5, 0.4];
export const MIN_PREFIX_LENGTH = 3;

/** Bit set of the characters in a word; a cheap filter before computing an edit distance. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= 1 << (code >= 97 ? (code - 97) % 26 : 26 + ((code - 48) % 5));
  }
  return mask;
}

function bitCount(value: number): number {
  let count = 0;
  for (let v = value; v !== 0; v &= v - 1) count++;
  return count;
}

// With one typo, the first two letters still line up in one of these four ways (no edit before them,
// a substitution, an insertion or a deletion or swap at the start).
function startsAlike(typed: string, indexed: string): boolean {
  const t0 = typed.charCodeAt(0);
  const t1 = typed.charCodeAt(1);
  const i0 = indexed.charCodeAt(0);
  const i1 = indexed.charCodeAt(1);
  return t0 === i0 || t1 === i1 || t1 === i0 || t0 === i1;
}

/** Typos allowed for a typed word: none under 5 letters, 1 up to 8, 2 beyond. */
export function allowedTypos(word: string): number {
  if (word.length >= 9) return 2;
  return word.length >= 5 ? 1 : 0;
}

/** Similarity of a typed prefix to the word it starts: longer prefixes are surer. */
export function prefixSimilarity(typed: string, indexed: string): number {
  return PREFIX_BASE + (PREFIX_SPAN * typed.length) / indexed.length;
}

/** Similarity of a typed word to an indexed word within max typos (whole word or prefix), else 0. */
export function typoSimilarity(
  typed: string,
  typedMask: number,
  indexed: string,
  indexedMask: number,
  max: number,
): number {
  if (indexed.length < typed.length - max) return 0;
  // Each typo adds at most one letter absent from the indexed word.
  if (bitCount(typedMask & ~indexedMask) > max) return 0;
  if (max === 1 && !startsAlike(typed, indexed)) return 0;
  const distances = boundedDistances(typed, indexed, max);
  const full = Math.floor(distances / DISTANCE_BASE);
  const prefix = distances % DISTANCE_BASE;
  if (full <= max) return TYPO_SIMILARITY[full] ?? 0;
  if (prefix <= max && indexed.length > typed.length) return TYPO_PREFIX_SIMILARITY[prefix] ?? 0;
  return 0;
}
