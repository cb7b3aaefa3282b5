import MiniSearch from 'minisearch';
import { processFrenchTerm, tokenizeFrench } from './french-text';
import type { DirectoryPlace } from './types';

interface TextDocument {
  slot: number;
  name: string;
  commune: string;
  description: string;
  keywords: string;
}

const RECENT_LIMIT = 16;

const SEARCH_OPTIONS = {
  boost: { name: 3, keywords: 1.5 },
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
} as const;

/** French full-text search over place slots: accent-insensitive, prefix, typo-tolerant, all words required. */
export class TextIndex {
  private engine = createEngine();
  // Broad words match tens of thousands of places and minisearch scores them all (tens of ms at 100k);
  // a page of results, its facets and the next page ask the same text, so keep the last few answers.
  private readonly recent = new Map<string, Map<number, number>>();

  /** Forgets everything. */
  clear(): void {
    this.engine = createEngine();
    this.recent.clear();
  }

  /** Indexes many places at once (faster than one by one). */
  addAll(entries: Iterable<[number, DirectoryPlace]>): void {
    const documents: TextDocument[] = [];
    for (const [slot, place] of entries) documents.push(toDocument(slot, place));
    this.engine.addAll(documents);
    this.recent.clear();
  }

  /** Indexes one place under its slot. */
  add(slot: number, place: DirectoryPlace): void {
    this.engine.add(toDocument(slot, place));
    this.recent.clear();
  }

  /** Drops a slot (lazily: minisearch vacuums later). */
  remove(slot: number): void {
    if (this.engine.has(slot)) this.engine.discard(slot);
    this.recent.clear();
  }

  /** Slot → relevance score of every place matching all words of `text`. */
  search(text: string): Map<number, number> {
    const key = text.trim();
    let scores = this.recent.get(key);
    if (scores) {
      this.recent.delete(key); // re-inserted below: Map order is the recency order
    } else {
      scores = new Map<number, number>();
      for (const result of this.engine.search(key, SEARCH_OPTIONS)) scores.set(result.id as number, result.score);
      if (this.recent.size >= RECENT_LIMIT) this.recent.delete(this.recent.keys().next().value as string);
    }
    this.recent.set(key, scores);
    return scores;
  }
}

function createEngine(): MiniSearch<TextDocument> {
  return new MiniSearch<TextDocument>({
    idField: 'slot',
    fields: ['name', 'commune', 'description', 'keywords'],
    storeFields: [],
    tokenize: tokenizeFrench,
    processTerm: processFrenchTerm,
  });
}

function toDocument(slot: number, place: DirectoryPlace): TextDocument {
  return {
    slot,
    name: place.name,
    commune: place.commune ?? '',
    description: place.description ?? '',
    keywords: place.keywords,
  };
}
