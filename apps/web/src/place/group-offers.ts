import type { OfferSummary, SubcategoryRef } from '../graphql/operations';
import { ACTIONS, type Action } from '../search/search-state';

/** One entry per action (in the taxonomy's order), objects merged and sorted alphabetically. */
export function groupOffers(offers: OfferSummary[]): { action: Action; subcategories: SubcategoryRef[] }[] {
  const byAction = new Map<Action, Map<string, SubcategoryRef>>();
  for (const offer of offers) {
    const subs = byAction.get(offer.action) ?? new Map<string, SubcategoryRef>();
    offer.subcategories.forEach((s) => subs.set(s.id, s));
    byAction.set(offer.action, subs);
  }
  return ACTIONS.filter((a) => byAction.has(a)).map((action) => ({
    action,
    subcategories: [...byAction.get(action)!.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr')),
  }));
}
