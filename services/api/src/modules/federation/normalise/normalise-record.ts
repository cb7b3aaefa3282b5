import { createHash } from 'node:crypto';
import { PLACE_FIELD_PATHS } from '../../places';
import type { LOCATION_PRECISIONS } from '../../places';
import type { Audience, OfferDraft, PlaceKind, RawRecord } from '../connectors/types';
import {
  clean,
  cleanText,
  normaliseEmail,
  normaliseInseeCode,
  normalisePhone,
  normalisePostcode,
  normaliseSiret,
  normaliseUrl,
} from './contact';
import type { RejectionCode, ValueWarning, WarningCode } from './import-problems';
import { readCoordinates } from './coordinates';
import { normaliseOpeningHours } from './opening-hours';

export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** The place fields a source can give, keyed by their path in the place document (the unit of merging). */
export interface PlaceFields {
  name: string;
  kind: PlaceKind;
  description: string | null;
  'address.street': string | null;
  'address.postcode': string | null;
  'address.commune': string | null;
  'address.inseeCode': string | null;
  'address.locality': string | null;
  location: { type: 'Point'; coordinates: [number, number] };
  locationPrecision: LocationPrecision;
  'contact.phone': string | null;
  'contact.email': string | null;
  'contact.website': string | null;
  openingHours: string | null;
  offers: OfferDraft[];
  labels: string[];
  audience: Audience | null;
  homeService: boolean;
  homeServiceArea: string | null;
  appointmentOnly: boolean;
  accessibility: string | null;
  siret: string | null;
}
export type FieldPath = keyof PlaceFields;
export const FIELD_PATHS: readonly FieldPath[] = PLACE_FIELD_PATHS;

/** A validated, normalised record; `location` is null until geocoded when the source gave only an address. */
export interface NormalisedRecord {
  line: number;
  externalId: string;
  fields: Omit<PlaceFields, 'location' | 'locationPrecision'> &
    Partial<Pick<PlaceFields, 'location' | 'locationPrecision'>>;
  /** Address to geocode when the source gave no coordinates. */
  geocodeQuery: { q: string; postcode: string | null; citycode: string | null } | null;
  attribution: string | null;
  url: string | null;
  epci: string | null;
}

export type NormaliseResult =
  | { ok: true; record: NormalisedRecord; warnings: ValueWarning[] }
  | { ok: false; externalId: string | null; code: RejectionCode; reason: string };

/** A stable id for records whose source has none: the same place gives the same id on every run. */
function derivedId(name: string, postcode: string | null, street: string | null, lat: unknown, lng: unknown): string {
  const key = [
    name.toLowerCase(),
    postcode ?? '',
    (street ?? '').toLowerCase(),
    String(lat ?? ''),
    String(lng ?? ''),
  ].join('|');
  return `h:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/** Validates and normalises one raw record; the reason of a refusal names the field and the value. */
export function normaliseRecord(line: number, raw: RawRecord): NormaliseResult {
  const name = clean(raw.name)?.slice(0, 200).trim() ?? null;
  const externalIdGiven = clean(raw.externalId)?.slice(0, 200) ?? null;
  if (!name) return { ok: false, externalId: externalIdGiven, code: 'NAME_MISSING', reason: 'the name is empty' };
  const warnings: ValueWarning[] = [];
  /** The given value normalised; when the source gave something that cannot be read, a warning naming it. */
  const readable = (
    field: string,
    code: WarningCode,
    what: string,
    given: unknown,
    normalise: (text: string) => string | null,
  ): string | null => {
    const text = clean(given);
    const value = text === null ? null : normalise(text);
    if (value === null && text !== null)
      warnings.push({
        code,
        field,
        value: text.slice(0, 200),
        reason: `${what} "${text.slice(0, 80)}" cannot be read`,
      });
    return value;
  };
  const street = clean(raw.street);
  const postcode = readable('postcode', 'POSTCODE_INVALID', 'postcode', raw.postcode, normalisePostcode);
  const commune = clean(raw.commune);
  const inseeCode = readable('inseeCode', 'INSEE_CODE_INVALID', 'INSEE code', raw.inseeCode, normaliseInseeCode);
  const externalId = externalIdGiven ?? derivedId(name, postcode, street, raw.lat ?? raw.x, raw.lng ?? raw.y);
  const coordinates = readCoordinates({ lat: raw.lat, lng: raw.lng, x: raw.x, y: raw.y });
  if (coordinates.ok === false) return { ok: false, externalId, code: coordinates.code, reason: coordinates.reason };
  let geocodeQuery: NormalisedRecord['geocodeQuery'] = null;
  if (coordinates.ok === 'missing') {
    if (!street && !commune && !postcode)
      return {
        ok: false,
        externalId,
        code: 'LOCATION_MISSING',
        reason: 'no coordinates and no address to locate the place',
      };
    geocodeQuery = { q: [street, postcode, commune].filter(Boolean).join(' '), postcode, citycode: inseeCode };
  }
  const hours = normaliseOpeningHours(clean(raw.openingHours));
  if (!hours.ok)
    warnings.push({
      code: 'HOURS_UNREADABLE',
      field: 'openingHours',
      value: clean(raw.openingHours)!.slice(0, 200),
      reason: hours.reason,
    });
  const fields: NormalisedRecord['fields'] = {
    name,
    kind: raw.kind,
    description: cleanText(raw.description),
    'address.street': street,
    'address.postcode': postcode,
    'address.commune': commune,
    'address.inseeCode': inseeCode,
    'address.locality': clean(raw.locality),
    'contact.phone': readable('phone', 'PHONE_INVALID', 'phone number', raw.phone, normalisePhone),
    'contact.email': readable('email', 'EMAIL_INVALID', 'e-mail address', raw.email, normaliseEmail),
    'contact.website': readable('website', 'WEBSITE_INVALID', 'website', raw.website, normaliseUrl),
    // What we cannot read is left out rather than guessed (the place is still listed) and reported.
    openingHours: hours.ok ? hours.value : null,
    offers: raw.offers ?? [],
    labels: [...new Set(raw.labels ?? [])].sort(),
    audience: raw.audience ?? null,
    homeService: raw.homeService ?? false,
    homeServiceArea: raw.homeServiceArea ?? null,
    appointmentOnly: raw.appointmentOnly ?? false,
    accessibility: cleanText(raw.accessibility, 1000),
    siret: readable('siret', 'SIRET_INVALID', 'SIRET', raw.siret, normaliseSiret),
  };
  if (coordinates.ok === true) {
    fields.location = { type: 'Point', coordinates: [coordinates.lng, coordinates.lat] };
    fields.locationPrecision = 'ADDRESS';
  }
  return {
    ok: true,
    record: {
      line,
      externalId,
      fields,
      geocodeQuery,
      attribution: raw.attribution ?? null,
      url: normaliseUrl(raw.url ?? null),
      epci: raw.epci ?? null,
    },
    warnings,
  };
}
