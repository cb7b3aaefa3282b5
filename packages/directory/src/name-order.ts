import { foldText } from './french-text';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** A key whose plain string order approximates French collation (accents and case ignored). */
export function nameSortKey(name: string): string {
  return foldText(name).trim();
}

/** French order of two places by name: folded key first, then the collator, then id for a stable total order. */
export function compareNamed(
  a: { key: string; name: string; id: string },
  b: { key: string; name: string; id: string },
): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The order `search` uses for places by name (French, accent- and case-insensitive; id breaks ties). */
export function compareNames(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return compareNamed(
    { key: nameSortKey(a.name), name: a.name, id: a.id },
    { key: nameSortKey(b.name), name: b.name, id: b.id },
  );
}
