import SearchableMap from 'minisearch/SearchableMap';
import { Bitset } from './bitset';
import { processFrenchTerm, tokenizeFrench } from './french-text';
import type { DirectoryPlace } from './types';

const RECENT_LIMIT = 16;

// Field boosts (name counts most, then the accepted objects) and minisearch's BM25 and expansion constants,
// so relevance behaves as it did when minisearch scored every match.
const FIELDS = [
  { get: (p: DirectoryPlace) => p.name, boost: 3 },
  { get: (p: DirectoryPlace) => p.commune ?? '', boost: 1 },
  { get: (p: DirectoryPlace) => p.description ?? '', boost: 1 },
  { get: (p: DirectoryPlace) => p.keywords, boost: 1.5 },
] as const;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const FUZZY = 0.2;
const MAX_FUZZY = 6;
const LENGTH_SAMPLE = 2000;
const TERM_CACHE_LIMIT = 200_000;

/** The slots containing one indexed word, ascending, each with its precomputed field-weighted BM25 term weight. */
class Posting {
  slots = new Int32Array(4);
  weights = new Float32Array(4);
  length = 0;

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const weights = new Float32Array(this.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length++] = weight;
  }
}

/** The places matching a text: a slot mask plus relevance per matching slot. */
export interface TextMatches {
  /** Matching slots (retired ones included: callers AND with the live slots). */
  mask: Bitset;
  /** Matching slots, ascending. */
  slots: Int32Array;
  /** Relevance of `slots[i]`. */
  scores: Float32Array;
}

/** Relevance of one slot in a text match, or null when it does not match. */
export function scoreOf(matches: TextMatches, slot: number): number | null {
  const { slots } = matches;
  let lo = 0;
  let hi = slots.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = slots[mid]!;
    if (value === slot) return matches.scores[mid]!;
    if (value < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/**
 * French full-text search over place slots: accent-insensitive, prefix, typo-tolerant, all words required.
 *
 * An inverted index word → (slots, weights) with minisearch's radix tree (SearchableMap) used only to expand a
 * query word to the indexed words it matches by prefix or within the edit distance. A query is then a few
 * posting-list walks into a bitset and a score array: a broad word matching 100 000 places costs about a
 * millisecond, where scoring each match as a minisearch result object cost tens of milliseconds.
 * Postings are append-only (slots only grow); removed slots stay in them and are filtered by the caller's
 * live-slot mask until the next full load.
 */
export class TextIndex {
  private terms = new SearchableMap<Posting>();
  private slotLimit = 0;
  private averageLengths: number[] | null = null;
  private readonly termCache = new Map<string, string | null>();
  // A page of results, its facets and the next page ask the same text: keep the last few answers.
  private readonly recent = new Map<string, TextMatches | null>();

  /** Forgets everything. */
  clear(): void {
    this.terms = new SearchableMap<Posting>();
    this.slotLimit = 0;
    this.averageLengths = null;
    this.recent.clear();
  }

  /** Indexes many places at once. */
  addAll(entries: Iterable<[number, DirectoryPlace]>): void {
    const list = Array.isArray(entries) ? (entries as [number, DirectoryPlace][]) : [...entries];
    if (!this.averageLengths) this.averageLengths = this.measureLengths(list);
    for (const [slot, place] of list) this.index(slot, place);
    this.recent.clear();
  }

  /** Indexes one place under its slot (slots must grow: a new slot is always larger than the indexed ones). */
  add(slot: number, place: DirectoryPlace): void {
    if (!this.averageLengths) this.averageLengths = this.measureLengths([[slot, place]]);
    this.index(slot, place);
    this.recent.clear();
  }

  /** Drops a slot: its postings stay until the next load, the caller's live mask hides it. */
  remove(_slot: number): void {
    this.recent.clear();
  }

  /** Every slot matching all words of `text` with its relevance; null when the text has no searchable word. */
  search(text: string): TextMatches | null {
    const key = text.trim();
    let result = this.recent.get(key);
    if (result !== undefined) {
      this.recent.delete(key); // re-inserted below: Map order is the recency order
    } else {
      result = this.compute(key);
      if (this.recent.size >= RECENT_LIMIT) this.recent.delete(this.recent.keys().next().value as string);
    }
    this.recent.set(key, result);
    return result;
  }

  private compute(text: string): TextMatches | null {
    const words = [...new Set(this.terms_(text))];
    if (words.length === 0) return null;
    const size = this.slotLimit;
    const total = new Float32Array(size);
    let mask: Bitset | null = null;
    const documents = Math.max(1, size);
    for (const word of words) {
      const wordMask = new Bitset(size);
      for (const [posting, weight] of this.expand(word)) {
        const df = posting.length;
        const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5)) * weight;
        const { slots, weights } = posting;
        const words32 = wordMask.words;
        for (let i = 0; i < df; i++) {
          const slot = slots[i]!;
          words32[slot >>> 5]! |= 1 << (slot & 31);
          total[slot]! += idf * weights[i]!;
        }
      }
      mask = mask ? mask.andWith(wordMask) : wordMask;
    }
    const count = mask!.count();
    const slots = new Int32Array(count);
    const scores = new Float32Array(count);
    let i = 0;
    mask!.forEach((slot) => {
      slots[i] = slot;
      scores[i++] = total[slot]!;
    });
    return { mask: mask!, slots, scores };
  }

  /** The indexed words a query word matches, with minisearch's weights: exact 1, prefix, then fuzzy. */
  private expand(word: string): [Posting, number][] {
    const found = new Map<string, [Posting, number]>();
    const exact = this.terms.get(word);
    if (exact) found.set(word, [exact, 1]);
    for (const [term, posting] of this.terms.atPrefix(word)) {
      const distance = term.length - word.length;
      if (distance === 0) continue;
      found.set(term, [posting, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance)]);
    }
    const maxDistance = Math.min(MAX_FUZZY, Math.round(word.length * FUZZY));
    if (maxDistance > 0) {
      for (const [term, [posting, distance]] of this.terms.fuzzyGet(word, maxDistance)) {
        if (distance === 0 || found.has(term)) continue;
        found.set(term, [posting, (FUZZY_WEIGHT * term.length) / (term.length + distance)]);
      }
    }
    return [...found.values()];
  }

  private index(slot: number, place: DirectoryPlace): void {
    const averages = this.averageLengths!;
    const weights = new Map<string, number>();
    FIELDS.forEach((field, f) => {
      const terms = this.terms_(field.get(place));
      if (terms.length === 0) return;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      const norm = BM25.k * (1 - BM25.b + (BM25.b * counts.size) / averages[f]!);
      for (const [term, tf] of counts) {
        const w = field.boost * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
        weights.set(term, (weights.get(term) ?? 0) + w);
      }
    });
    for (const [term, weight] of weights) {
      let posting = this.terms.get(term);
      if (!posting) {
        posting = new Posting();
        this.terms.set(term, posting);
      }
      posting.push(slot, weight);
    }
    if (slot + 1 > this.slotLimit) this.slotLimit = slot + 1;
  }

  /** Average distinct words per field over a sample, for BM25's length normalisation. */
  private measureLengths(entries: [number, DirectoryPlace][]): number[] {
    const sums = FIELDS.map(() => 0);
    const step = Math.max(1, Math.floor(entries.length / LENGTH_SAMPLE));
    let n = 0;
    for (let i = 0; i < entries.length; i += step) {
      const place = entries[i]![1];
      FIELDS.forEach((field, f) => (sums[f]! += new Set(this.terms_(field.get(place))).size));
      n++;
    }
    return sums.map((sum) => Math.max(1, sum / Math.max(1, n)));
  }

  /** Analysed words of a text (folded, stop words dropped, plural stripped), memoised per word. */
  private terms_(text: string): string[] {
    const result: string[] = [];
    for (const word of tokenizeFrench(text)) {
      let term = this.termCache.get(word);
      if (term === undefined) {
        term = processFrenchTerm(word);
        if (this.termCache.size < TERM_CACHE_LIMIT) this.termCache.set(word, term);
      }
      if (term !== null) result.push(term);
    }
    return result;
  }
}
