import type { DirectoryPlace } from '@reemploi/directory';
import { composeOpeningHours, type HoursNotice } from '@reemploi/directory/hours-notices';
import { subcategoryById } from '@reemploi/taxonomy';
import type { PlaceRecord } from './place.model';

/** The public view of a place, as held in the in-memory directory and served by the API. */
export interface PublicPlace extends DirectoryPlace {
  address: {
    street: string | null;
    postcode: string | null;
    commune: string | null;
    inseeCode: string | null;
    locality: string | null;
  };
  locationPrecision: string;
  /** English description (null when there is none, or it translates an older French text). */
  descriptionEn: string | null;
  /** True when openingHours are typical hours for the kind of place (demo data), not published ones. */
  hoursAreIllustrative: boolean;
  contact: { phone: string | null; email: string | null; website: string | null };
  audience: string | null;
  appointmentOnly: boolean;
  accessibility: string | null;
  sources: {
    name: string;
    licence: string | null;
    attribution: string | null;
    licenceEn?: string | null;
    attributionEn?: string | null;
    externalId: string | null;
    url: string | null;
    /** As stored: the public date is lastSeenAtOf (places/last-seen.ts) of these three. */
    lastSeenAt: Date | null;
    sourceId?: string | null;
    missed?: boolean;
  }[];
  isDemo: boolean;
  /** Notices as stored (expired ones included until the next notice write prunes them). */
  notices?: PlaceNotice[];
  /** The last confirmation by a person, as stored (the public date is lastConfirmation, freshness.ts). */
  confirmedAt: Date | null;
  confirmedBy: { type: string; name: string | null } | null;
  status: string;
  version: number;
  updatedAt: Date;
}

type StoredPlace = PlaceRecord & { _id: { toString(): string }; updatedAt: Date };

/**
 * How far the real place may be from its point, by precision: a commune-precision point is the centroid
 * of the commune or former commune, ~1-2 km from the place. Search ranks by max(distance, this).
 */
export function locationUncertaintyMeters(precision: string | null | undefined): number {
  if (precision === 'COMMUNE') return 2000;
  if (precision === 'STREET') return 250;
  return 0;
}

function englishDescription(place: StoredPlace): string | null {
  const en = place.descriptionEn;
  return en?.text && place.description && en.translates === place.description ? en.text : null;
}

function keywordsOf(place: StoredPlace): string {
  const words = new Set<string>();
  for (const offer of place.offers) {
    for (const id of offer.subcategories) {
      const sub = subcategoryById(id);
      if (sub) words.add(sub.label.fr);
    }
  }
  if (place.address?.locality) words.add(place.address.locality);
  return [...words].join(' ');
}

export interface PlaceNotice extends HoursNotice {
  id: string;
  message: string | null;
  createdAt: Date;
}

function toPlaceNotice(notice: NonNullable<StoredPlace['notices']>[number]): PlaceNotice {
  return {
    id: notice.id,
    kind: notice.kind,
    startsOn: notice.startsOn ?? null,
    endsOn: notice.endsOn ?? null,
    reason: notice.reason ?? null,
    message: notice.message ?? null,
    openingHours: notice.openingHours ?? null,
    seasons: notice.seasons.map((s) => ({ from: s.from ?? '', to: s.to ?? '', openingHours: s.openingHours ?? '' })),
    createdAt: notice.createdAt,
  };
}

/**
 * The hours "open now" is evaluated on: base hours with the notices folded in. Notices were checked
 * against the hours when written; base hours an import changed since may not combine with them, and
 * then the notices still apply on unknown hours rather than break the place's indexing.
 */
function effectiveHours(place: StoredPlace): string | null {
  const notices = (place.notices ?? []).map(toPlaceNotice);
  for (const base of [place.openingHours ?? null, null]) {
    try {
      return composeOpeningHours(base, notices);
    } catch {
      // try again without the base hours
    }
  }
  return place.openingHours ?? null;
}

/** Maps a stored place (lean document) to its public, indexable form. */
export function toPublicPlace(place: StoredPlace): PublicPlace {
  const [lng = 0, lat = 0] = place.location?.coordinates ?? [];
  const address = place.address ?? {};
  return {
    id: place._id.toString(),
    slug: place.slug,
    name: place.name,
    kind: place.kind,
    lat,
    lng,
    commune: address.commune ?? null,
    inseeCode: address.inseeCode ?? null,
    description: place.description ?? null,
    offers: place.offers.map((offer) => ({ action: offer.action, subcategories: [...offer.subcategories] })),
    labels: [...place.labels],
    homeService: place.homeService ?? false,
    openingHours: place.openingHours ?? null,
    keywords: keywordsOf(place),
    positionUncertaintyMeters: locationUncertaintyMeters(place.locationPrecision),
    address: {
      street: address.street ?? null,
      postcode: address.postcode ?? null,
      commune: address.commune ?? null,
      inseeCode: address.inseeCode ?? null,
      locality: address.locality ?? null,
    },
    locationPrecision: place.locationPrecision ?? 'ADDRESS',
    descriptionEn: englishDescription(place),
    hoursAreIllustrative: !!place.openingHours && place.openingHours === place.illustrativeOpeningHours,
    contact: {
      phone: place.contact?.phone ?? null,
      email: place.contact?.email ?? null,
      website: place.contact?.website ?? null,
    },
    audience: place.audience ?? null,
    appointmentOnly: place.appointmentOnly ?? false,
    accessibility: place.accessibility ?? null,
    sources: place.sources.map((source) => ({
      name: source.name,
      licence: source.licence ?? null,
      attribution: source.attribution ?? null,
      licenceEn: source.licenceEn ?? null,
      attributionEn: source.attributionEn ?? null,
      externalId: source.externalId ?? null,
      url: source.url ?? null,
      lastSeenAt: source.lastSeenAt ?? null,
      sourceId: source.sourceId?.toString() ?? null,
      missed: source.missed ?? false,
    })),
    isDemo: place.isDemo ?? false,
    notices: (place.notices ?? []).map(toPlaceNotice),
    effectiveOpeningHours: effectiveHours(place),
    confirmedAt: place.confirmedAt ?? null,
    confirmedBy: place.confirmedBy ? { type: place.confirmedBy.type, name: place.confirmedBy.name ?? null } : null,
    status: place.status,
    version: place.version ?? 1,
    updatedAt: place.updatedAt,
  };
}

/** Only published places are visible to the public and held in the directory index. */
export const isPublic = (place: { status: string }) => place.status === 'PUBLISHED';
