import type { FacetCounts } from '@reemploi/directory';
import { isOpenAt, nextChangeAt, weekHours } from '@reemploi/directory/opening-hours';
import { placeLabelById, subcategoryById, type Subcategory } from '@reemploi/taxonomy';
import type { Context } from '../../../shared/context';
import type { PlaceResult } from '../places.service';

// Field resolvers stay synchronous and allocation-light: a page of 20 places resolves in microseconds.
export const Place = {
  location: (place: PlaceResult) => ({ lat: place.lat, lng: place.lng }),
  openNow: (place: PlaceResult, _: unknown, ctx: Context) => isOpenAt(place.openingHours, ctx.now),
  nextChangeAt: (place: PlaceResult, _: unknown, ctx: Context) =>
    nextChangeAt(place.openingHours, ctx.now)?.toISOString() ?? null,
  weekHours: (place: PlaceResult, _: unknown, ctx: Context) => weekHours(place.openingHours, ctx.now),
  offers: (place: PlaceResult) =>
    place.offers.map((offer) => ({
      action: offer.action,
      subcategories: offer.subcategories.map(subcategoryById).filter((s): s is Subcategory => s !== undefined),
    })),
  labels: (place: PlaceResult) =>
    place.labels.map((id) => placeLabelById(id) ?? { id, label: { fr: id, en: id }, group: 'other' }),
  sources: (place: PlaceResult) =>
    place.sources.map((source) => ({ ...source, lastSeenAt: source.lastSeenAt?.toISOString() ?? null })),
  updatedAt: (place: PlaceResult) => place.updatedAt.toISOString(),
};

export const PlaceConnection = {
  facets: (connection: { facets: () => FacetCounts }) => {
    const counts = connection.facets();
    const list = (record: Record<string, number>) =>
      Object.entries(record)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return { actions: list(counts.actions), kinds: list(counts.kinds), labels: list(counts.labels) };
  },
};
