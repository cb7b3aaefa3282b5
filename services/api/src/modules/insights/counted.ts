import type { CounterKey } from './insight-counter.model';

/**
 * What one request counted, compact: one entry per request, expanded into counters off the request path
 * (InsightBatcher.fold). A search shows ~20 places: keeping its key fields and the page's place ids as one
 * array costs one push, where writing out a counter per place shown cost ~20 keys on every search.
 */
export type Counted = CountedSearch | CountedKey;

/** A place search's first page: one SEARCH counter per sub-category sought, one OUTCOME SHOWN per place. */
export interface CountedSearch {
  readonly kind: 'SEARCH';
  readonly searchAction: string | null;
  /** Up to 5; [null] for a search near a point without sub-category. */
  readonly subcategoryIds: readonly (string | null)[];
  readonly inseeCode: string | null;
  readonly nearBand: string | null;
  readonly placeIds: readonly string[];
}

/** Any other count (lookups, outcomes, feedback: one counter each, off the search path). */
export interface CountedKey {
  readonly kind: 'KEY';
  readonly key: Omit<CounterKey, 'day'>;
}

/** A counter's dimensions that do not apply. */
export const NO_DIMENSIONS: Omit<CounterKey, 'day' | 'action'> = {
  searchAction: null,
  subcategoryId: null,
  phrase: null,
  inseeCode: null,
  nearBand: null,
  outcome: null,
  placeId: null,
};
