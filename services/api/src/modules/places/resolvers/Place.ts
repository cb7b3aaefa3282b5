import type { FacetCounts } from '@reemploi/directory';
import { isOpenAt, nextChangeAt, weekHours } from '@reemploi/directory/opening-hours';
import { placeLabelById, subcategoryById, type Subcategory } from '@reemploi/taxonomy';
import type { Context } from '../../../shared/context';
import type {
  PlaceDescriptionArgs,
  PlaceSourceAttributionArgs,
  PlaceSourceLicenceArgs,
} from '../../../generated/graphql';
import { freshnessStatus } from '../freshness';
import type { PlaceResult } from '../places.service';

const resolveOffers = (offers: PlaceResult['offers']) =>
  offers.map((offer) => ({
    action: offer.action,
    subcategories: offer.subcategories.map(subcategoryById).filter((s): s is Subcategory => s !== undefined),
  }));
const resolveLabels = (labels: PlaceResult['labels']) =>
  labels.map((id) => placeLabelById(id) ?? { id, label: { fr: id, en: id }, group: 'other' });
// The taxonomy is static and indexed places are immutable (a write replaces the object), so each
// place's resolved offers and labels are built once, keyed by its arrays (shared by a result's copy).
const resolvedOffers = new WeakMap<PlaceResult['offers'], ReturnType<typeof resolveOffers>>();
const resolvedLabels = new WeakMap<PlaceResult['labels'], ReturnType<typeof resolveLabels>>();
function memo<K extends object, V>(cache: WeakMap<K, V>, key: K, build: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = build(key)));
  return value;
}

const hoursOf = (place: PlaceResult) =>
  place.effectiveOpeningHours !== undefined ? place.effectiveOpeningHours : place.openingHours;

// Field resolvers stay synchronous and allocation-light: a page of 20 places resolves in microseconds.
export const Place = {
  description: (place: PlaceResult, { lang }: PlaceDescriptionArgs) =>
    (lang === 'EN' ? place.descriptionEn : null) ?? place.description,
  location: (place: PlaceResult) => ({ lat: place.lat, lng: place.lng }),
  locationUncertaintyMeters: (place: PlaceResult) => place.positionUncertaintyMeters ?? 0,
  // On the hours with the place's notices folded in (closures, seasonal and exceptional hours).
  openNow: (place: PlaceResult, _: unknown, ctx: Context) => isOpenAt(hoursOf(place), ctx.now),
  nextChangeAt: (place: PlaceResult, _: unknown, ctx: Context) =>
    nextChangeAt(hoursOf(place), ctx.now)?.toISOString() ?? null,
  weekHours: (place: PlaceResult, _: unknown, ctx: Context) => weekHours(hoursOf(place), ctx.now),
  offers: (place: PlaceResult) => memo(resolvedOffers, place.offers, resolveOffers),
  labels: (place: PlaceResult) => memo(resolvedLabels, place.labels, resolveLabels),
  sources: (place: PlaceResult, _: unknown, ctx: Context) =>
    place.sources.map((source) => ({
      ...source,
      lastSeenAt: ctx.directory.lastSeenAt(source, place.status)?.toISOString() ?? null,
    })),
  freshness: (place: PlaceResult, _: unknown, ctx: Context) => {
    const confirmation = ctx.directory.lastConfirmation(place);
    return {
      status: freshnessStatus(confirmation, ctx.now),
      confirmedAt: confirmation.at.toISOString(),
      confirmedBy: confirmation.by,
    };
  },
  updatedAt: (place: PlaceResult) => place.updatedAt.toISOString(),
};

type SourceResult = PlaceResult['sources'][number];

/** Licence and attribution in the asked language when the source gave it, else as stored (French). */
export const PlaceSource = {
  licence: (source: SourceResult, { lang }: PlaceSourceLicenceArgs) =>
    (lang === 'EN' ? source.licenceEn : null) ?? source.licence,
  attribution: (source: SourceResult, { lang }: PlaceSourceAttributionArgs) =>
    (lang === 'EN' ? source.attributionEn : null) ?? source.attribution,
};

export const PlaceConnection = {
  // Counted once per request for the same search, however many aliases ask (PlacesService).
  facets: async (connection: { facets: () => Promise<FacetCounts> }) => {
    const counts = await connection.facets();
    const list = (record: Record<string, number>) =>
      Object.entries(record)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return { actions: list(counts.actions), kinds: list(counts.kinds), labels: list(counts.labels) };
  },
};
