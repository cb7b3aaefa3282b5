import { Bitset } from './bitset';
import { combine, compileParts, given, offersMask } from './filter-plan';
import { circleBBox, haverSinDistance, metersFromHaverSin } from './geo';
import { acceptor, effectiveBBox, residualSet, type IndexState } from './index-state';
import type { DirectoryPlace, FacetCounts, SearchQuery } from './types';

/** Counts per action, kind and label, each with every filter applied except its own. */
export function countFacets<T extends DirectoryPlace>(state: IndexState<T>, query: SearchQuery): FacetCounts {
  const filter = query.filter ?? {};
  const parts = compileParts(state.table, state.text, filter);
  const geoAndHours = residualMask(state, query);
  const postings = state.table.postings;
  const counts: FacetCounts = { actions: {}, kinds: {}, labels: {} };
  const covers = given(filter.subcategories) !== null || given(filter.categories) !== null;
  const otherThanOffers = combine(parts, 'offers');
  for (const [key, posting] of postings) {
    const [prefix, value] = [key.slice(0, 2), key.slice(2)];
    if (prefix === 'a:') {
      // The action facet keeps the sub-category constraint on the same offer as the action.
      const offers = covers ? offersMask(state.table, filter, [value])! : posting;
      record(counts.actions, value, otherThanOffers.countAnd(offers, geoAndHours ?? undefined));
    }
  }
  countSimple(counts.kinds, 'k:', combine(parts, 'kinds'), postings, geoAndHours);
  countSimple(counts.labels, 'l:', combine(parts, 'labels'), postings, geoAndHours);
  return counts;
}

function countSimple(
  target: Record<string, number>,
  prefix: string,
  base: Bitset,
  postings: Map<string, Bitset>,
  extra: Bitset | null,
): void {
  for (const [key, posting] of postings) {
    if (key.startsWith(prefix)) record(target, key.slice(prefix.length), base.countAnd(posting, extra ?? undefined));
  }
}

function record(target: Record<string, number>, value: string, count: number): void {
  if (count > 0) target[value] = count;
}

/** Slots meeting the query's geo and opening-hours conditions, or null when it has none. */
function residualMask<T extends DirectoryPlace>(state: IndexState<T>, query: SearchQuery): Bitset | null {
  const { table, spatial } = state;
  const openAt = query.filter?.openNow === true ? (query.now ?? new Date()) : null;
  const radius = query.near && query.radiusMeters !== undefined ? query.radiusMeters : null;
  const bbox = effectiveBBox(state, query.bbox);
  if (!openAt && !bbox && radius === null) return null;
  // Open now over the whole directory, or a box over much of it: set operations and one tight pass.
  if (radius === null && (!bbox || spatial.isLarge(bbox))) return residualSet(state, table.alive, { bbox, openAt });
  const accept = acceptor(state, table.alive, { bbox, openAt });
  const mask = new Bitset(table.slotCount);
  const near = query.near;
  if (near && radius !== null) {
    for (const slot of spatial.range(table, circleBBox(near, radius))) {
      const meters = metersFromHaverSin(haverSinDistance(near.lng, near.lat, table.lng[slot]!, table.lat[slot]!));
      if (meters <= radius && accept(slot)) mask.add(slot);
    }
  } else if (bbox) {
    for (const slot of spatial.range(table, bbox)) if (accept(slot)) mask.add(slot);
  } else {
    table.alive.forEach((slot) => {
      if (accept(slot)) mask.add(slot);
    });
  }
  return mask;
}
