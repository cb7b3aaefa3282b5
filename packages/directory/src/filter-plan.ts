import { Bitset } from './bitset';
import { communeKey, processFrenchTerm, tokenizeFrench } from './french-text';
import { term } from './place-terms';
import type { SlotTable } from './slot-table';
import type { TextIndex, TextMatches } from './text-index';
import type { DirectoryFilter, DirectoryPlace } from './types';

/** The facet-based parts of a filter, each a set of live slots, null when that facet is not constrained. */
export interface FilterParts {
  offers: Bitset | null;
  kinds: Bitset | null;
  labels: Bitset | null;
  /** Communes, home service and text, AND-ed with the live slots: never null. Read-only (may be the live set). */
  rest: Bitset;
  /** Text matches with their relevance when the filter has a searchable text. */
  scores: TextMatches | null;
}

/** An empty list means "no constraint", like an absent one: a form with nothing ticked filters nothing. */
export function given(values: readonly string[] | undefined): readonly string[] | null {
  return values && values.length > 0 ? values : null;
}

/** Computes every facet part of a filter from the postings. */
export function compileParts<T extends DirectoryPlace>(
  table: SlotTable<T>,
  text: TextIndex,
  filter: DirectoryFilter = {},
): FilterParts {
  // Cloned only when something narrows it: an unfiltered query reads the live set itself.
  let rest = table.alive;
  const narrow = (part: Bitset) => {
    rest = rest === table.alive ? rest.clone().andWith(part) : rest.andWith(part);
  };
  const communes = given(filter.communes);
  if (communes) narrow(communesMask(table, communes));
  if (filter.homeService === true) narrow(table.postings.get(term.homeService) ?? new Bitset(0));
  const scores = hasSearchableText(filter.text) ? text.search(filter.text!) : null;
  if (scores) narrow(scores.mask);
  const kinds = given(filter.kinds);
  const labels = given(filter.labels);
  return {
    offers: offersMask(table, filter, given(filter.actions)),
    kinds: kinds && union(table, kinds.map(term.kind)),
    labels: labels && union(table, labels.map(term.label)),
    rest,
    scores,
  };
}

/**
 * AND of all parts but the excluded facet (the one being counted, for standard faceting). Read-only: when
 * no facet part applies it is `parts.rest` itself (possibly the table's live set), not a copy.
 */
export function combine(parts: FilterParts, exclude?: 'offers' | 'kinds' | 'labels'): Bitset {
  let mask: Bitset | null = null;
  for (const facet of ['offers', 'kinds', 'labels'] as const) {
    const part = parts[facet];
    if (part && facet !== exclude) mask = (mask ?? parts.rest.clone()).andWith(part);
  }
  return mask ?? parts.rest;
}

/**
 * Places with one offer that has an action in `actions` (when given) AND covers one of the filter's
 * sub-categories or categories (when given): the pair postings make "the same offer" one lookup.
 */
export function offersMask<T extends DirectoryPlace>(
  table: SlotTable<T>,
  filter: DirectoryFilter,
  actions: readonly string[] | null,
): Bitset | null {
  const subs = given(filter.subcategories) ?? [];
  const cats = given(filter.categories) ?? [];
  const covers = subs.length > 0 || cats.length > 0;
  if (!actions && !covers) return null;
  if (!actions) return union(table, [...subs.map(term.subcategory), ...cats.map(term.category)]);
  if (!covers) return union(table, actions.map(term.action));
  const keys: string[] = [];
  for (const action of actions) {
    for (const sub of subs) keys.push(term.actionSubcategory(action, sub));
    for (const cat of cats) keys.push(term.actionCategory(action, cat));
  }
  return union(table, keys);
}

/** Whether a text has at least one word left after stop words (a text of only "de la" filters nothing). */
export function hasSearchableText(text: string | undefined): boolean {
  if (!text) return false;
  return tokenizeFrench(text).some((word) => processFrenchTerm(word) !== null);
}

function union<T extends DirectoryPlace>(table: SlotTable<T>, keys: readonly string[]): Bitset {
  const result = new Bitset(table.slotCount);
  for (const key of keys) {
    const posting = table.postings.get(key);
    if (posting) result.orWith(posting);
  }
  return result;
}

function communesMask<T extends DirectoryPlace>(table: SlotTable<T>, communes: readonly string[]): Bitset {
  const result = new Bitset(table.slotCount);
  for (const value of communes) {
    for (const key of [communeKey(value), `insee:${value.trim().toUpperCase()}`]) {
      for (const slot of table.communes.get(key) ?? []) result.add(slot);
    }
  }
  return result;
}

/** A canonical string for a filter, so equal filters share cached work (e.g. map clusters). */
export function filterKey(filter: DirectoryFilter = {}): string {
  const sorted = (values: readonly string[] | undefined) => [...(given(values) ?? [])].sort();
  return JSON.stringify([
    sorted(filter.actions),
    sorted(filter.subcategories),
    sorted(filter.categories),
    sorted(filter.kinds),
    sorted(filter.labels),
    sorted(filter.communes?.map(communeKey)),
    hasSearchableText(filter.text) ? filter.text!.trim() : '',
    filter.openNow === true,
    filter.homeService === true,
  ]);
}
