import type { OfferSummary, SubcategoryRef } from '../graphql/operations';
import type { Action } from '../search/search-state';

export interface AcceptedLine {
  action: Action;
  /** Searched sub-categories first, then the others. */
  shown: SubcategoryRef[];
  more: number;
}

/** What a place accepts for the searched actions, most relevant objects first. */
export function acceptedLines(
  offers: OfferSummary[],
  actions: Action[],
  searched: string[],
  maxShown = 4,
): AcceptedLine[] {
  return offers
    .filter((offer) => actions.includes(offer.action))
    .map((offer) => {
      const sorted = [...offer.subcategories].sort(
        (a, b) => Number(searched.includes(b.id)) - Number(searched.includes(a.id)),
      );
      return { action: offer.action, shown: sorted.slice(0, maxShown), more: Math.max(0, sorted.length - maxShown) };
    });
}
