import type { DirectoryPlace } from './types';

// Posting keys. A pair key ties an action to what the SAME offer covers, which is what
// "actions AND sub-categories combine on the same offer" needs.
export const term = {
  action: (a: string) => `a:${a}`,
  subcategory: (s: string) => `s:${s}`,
  category: (c: string) => `c:${c}`,
  actionSubcategory: (a: string, s: string) => `as:${a}|${s}`,
  actionCategory: (a: string, c: string) => `ac:${a}|${c}`,
  kind: (k: string) => `k:${k}`,
  label: (l: string) => `l:${l}`,
  homeService: 'h',
} as const;

/** Every posting key a place belongs to. */
export function placeTerms(place: DirectoryPlace, categoryOf: (s: string) => string | undefined): Set<string> {
  const terms = new Set<string>([term.kind(place.kind)]);
  for (const label of place.labels) terms.add(term.label(label));
  if (place.homeService) terms.add(term.homeService);
  for (const offer of place.offers) {
    terms.add(term.action(offer.action));
    for (const sub of offer.subcategories) {
      terms.add(term.subcategory(sub));
      terms.add(term.actionSubcategory(offer.action, sub));
      const category = categoryOf(sub);
      if (category === undefined) continue;
      terms.add(term.category(category));
      terms.add(term.actionCategory(offer.action, category));
    }
  }
  return terms;
}
