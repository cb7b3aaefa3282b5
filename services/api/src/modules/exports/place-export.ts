import { actionById, placeKindById, placeLabelById } from '@reemploi/taxonomy';
import { liveNotices } from '../notices';
import type { PublicPlace } from '../places';
import { frenchPhone } from './csv';

export const DATASET_NAME = 'Réemploi — annuaire du réemploi du Cotentin';
export const DATASET_LICENCE =
  'Each place carries the licence and attribution of its sources (columns source_licences / source_attributions, GeoJSON properties.sources). Réemploi’s own additions: Licence Ouverte 2.0 (Etalab). Taxonomy © ADEME (LVAO, MIT).';
export const DATASET_ATTRIBUTION = 'Réemploi Cotentin and the sources listed per place';

export const PLACE_COLUMNS = [
  'id',
  'slug',
  'name',
  'kind',
  'kind_label',
  'description',
  'street',
  'postcode',
  'commune',
  'insee_code',
  'latitude',
  'longitude',
  'location_precision',
  'phone',
  'email',
  'website',
  'opening_hours',
  'offers',
  'actions',
  'subcategories',
  'labels',
  'audience',
  'home_service',
  'appointment_only',
  'accessibility',
  'is_demo',
  'updated_at',
  'source_names',
  'source_licences',
  'source_attributions',
  'source_urls',
  'effective_opening_hours',
  'notices',
] as const;

const join = (values: (string | null | undefined)[]) => values.filter((v): v is string => !!v).join('|');

/** "DONATE:meuble,vetement;REPAIR:petit_electromenager" — offers in one cell. */
export const offersCell = (place: PublicPlace) =>
  place.offers.map((offer) => `${offer.action}:${offer.subcategories.join(',')}`).join(';');

/**
 * The notices not yet over, one per `|`: "CLOSURE 2026-12-24..2026-12-26 grève",
 * "NOTICE 2026-12-01..2026-12-20: benne textile pleine", "SEASONAL_HOURS 04-01..09-30 Mo-Sa 09:00-18:00".
 */
export function noticesCell(place: PublicPlace, now: Date): string {
  return liveNotices(place.notices ?? [], now)
    .map((n) => {
      if (n.kind === 'SEASONAL_HOURS')
        return `${n.kind} ${n.seasons.map((s) => `${s.from}..${s.to} ${s.openingHours}`).join(', ')}`;
      const days = `${n.startsOn ?? ''}..${n.endsOn ?? ''}`;
      const hours = n.kind === 'EXCEPTIONAL_HOURS' && n.openingHours ? ` ${n.openingHours}` : '';
      return `${n.kind} ${days}${hours}${n.reason ? ` ${n.reason}` : ''}${n.message ? `: ${n.message}` : ''}`;
    })
    .join(' | ');
}

/** One place as the cells of places.csv, in PLACE_COLUMNS order; `now` decides which notices are still live. */
export function placeCsvValues(place: PublicPlace, now: Date): (string | number | boolean | null)[] {
  return [
    place.id,
    place.slug,
    place.name,
    place.kind,
    placeKindById(place.kind)?.label.fr ?? null,
    place.description,
    place.address.street,
    place.address.postcode,
    place.address.commune,
    place.address.inseeCode,
    place.lat,
    place.lng,
    place.locationPrecision,
    frenchPhone(place.contact.phone),
    place.contact.email,
    place.contact.website,
    place.openingHours,
    offersCell(place),
    join([...new Set(place.offers.map((o) => actionById(o.action)?.id ?? o.action))]),
    join([...new Set(place.offers.flatMap((o) => o.subcategories))]),
    join(place.labels.map((id) => placeLabelById(id)?.id ?? id)),
    place.audience,
    place.homeService,
    place.appointmentOnly,
    place.accessibility,
    place.isDemo,
    place.updatedAt.toISOString(),
    join(place.sources.map((s) => s.name)),
    join(place.sources.map((s) => s.licence)),
    join(place.sources.map((s) => s.attribution)),
    join(place.sources.map((s) => s.url)),
    // The usual hours with closures, exceptional and seasonal hours folded in (OSM date-range rules).
    place.effectiveOpeningHours ?? place.openingHours,
    noticesCell(place, now),
  ];
}

/** One place as a GeoJSON Feature (RFC 7946, WGS84 [lng, lat]). */
export function placeFeature(place: PublicPlace) {
  return {
    type: 'Feature',
    id: place.id,
    geometry: { type: 'Point', coordinates: [place.lng, place.lat] },
    properties: {
      slug: place.slug,
      name: place.name,
      kind: place.kind,
      description: place.description,
      address: place.address,
      locationPrecision: place.locationPrecision,
      contact: place.contact,
      openingHours: place.openingHours,
      // The usual hours with closures, exceptional and seasonal hours folded in (OSM date-range rules).
      effectiveOpeningHours: place.effectiveOpeningHours ?? place.openingHours,
      offers: place.offers,
      labels: place.labels,
      audience: place.audience,
      homeService: place.homeService,
      appointmentOnly: place.appointmentOnly,
      accessibility: place.accessibility,
      isDemo: place.isDemo,
      updatedAt: place.updatedAt.toISOString(),
      sources: place.sources.map((s) => ({ name: s.name, licence: s.licence, attribution: s.attribution, url: s.url })),
    },
  };
}
