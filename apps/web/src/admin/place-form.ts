import type { LocationPrecision } from '../graphql/operations';
import type { PlaceFieldsInput } from '../graphql/suggestion-operations';
import type { LocationChoice } from '../search/locations';
import type { Action, PlaceKind } from '../search/search-state';
import type { ManagedPlace } from './admin-operations';

/** The place editor's inputs, as strings and lists the form holds. */
export interface PlaceForm {
  name: string;
  kind: PlaceKind | '';
  description: string;
  street: string;
  postcode: string;
  commune: string;
  /** INSEE code of the commune, filled by the geocoder (editable only through it). */
  inseeCode: string;
  locality: string;
  lat: string;
  lng: string;
  locationPrecision: LocationPrecision;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  offers: { action: Action; subcategories: string[] }[];
  labels: string[];
  audience: '' | 'PUBLIC' | 'PROFESSIONALS' | 'BOTH';
  homeService: boolean;
  appointmentOnly: boolean;
  accessibility: string;
}

export const emptyPlaceForm: PlaceForm = {
  name: '',
  kind: '',
  description: '',
  street: '',
  postcode: '',
  commune: '',
  inseeCode: '',
  locality: '',
  lat: '',
  lng: '',
  locationPrecision: 'ADDRESS',
  phone: '',
  email: '',
  website: '',
  openingHours: '',
  offers: [],
  labels: [],
  audience: '',
  homeService: false,
  appointmentOnly: false,
  accessibility: '',
};

export function placeForm(managed: ManagedPlace): PlaceForm {
  const p = managed.place;
  return {
    name: p.name,
    kind: p.kind,
    description: p.description ?? '',
    street: p.address.street ?? '',
    postcode: p.address.postcode ?? '',
    commune: p.address.commune ?? '',
    inseeCode: p.address.inseeCode ?? '',
    locality: p.address.locality ?? '',
    lat: String(p.location.lat),
    lng: String(p.location.lng),
    locationPrecision: p.locationPrecision,
    phone: p.contact.phone ?? '',
    email: p.contact.email ?? '',
    website: p.contact.website ?? '',
    openingHours: p.openingHours ?? '',
    offers: p.offers.map((o) => ({ action: o.action, subcategories: o.subcategories.map((s) => s.id) })),
    labels: p.labels.map((l) => l.id),
    audience: p.audience ?? '',
    homeService: p.homeService,
    appointmentOnly: p.appointmentOnly,
    accessibility: p.accessibility ?? '',
  };
}

const text = (v: string) => v.trim() || null;
const number = (v: string) => (v.trim() === '' ? NaN : Number(v.replace(',', '.')));

/** Every field of the form as `PlaceFieldsInput` (a new place). */
export function allFields(form: PlaceForm): PlaceFieldsInput {
  const lat = number(form.lat);
  const lng = number(form.lng);
  return {
    name: form.name.trim(),
    ...(form.kind ? { kind: form.kind } : {}),
    description: text(form.description),
    address: {
      street: text(form.street),
      postcode: text(form.postcode),
      commune: text(form.commune),
      inseeCode: text(form.inseeCode),
      locality: text(form.locality),
    },
    ...(Number.isFinite(lat) && Number.isFinite(lng) ? { location: { lat, lng } } : {}),
    locationPrecision: form.locationPrecision,
    contact: { phone: text(form.phone), email: text(form.email), website: text(form.website) },
    openingHours: text(form.openingHours),
    offers: form.offers.filter((o) => o.subcategories.length > 0),
    labels: form.labels,
    audience: form.audience || null,
    homeService: form.homeService,
    appointmentOnly: form.appointmentOnly,
    accessibility: text(form.accessibility),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields that changed (each becomes an editor override, so unchanged ones are left out). */
export function changedPlaceFields(before: PlaceForm, after: PlaceForm): PlaceFieldsInput {
  const a = allFields(before);
  const b = allFields(after);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof PlaceFieldsInput)[]) {
    if (key === 'address' || key === 'contact') {
      const sub: Record<string, unknown> = {};
      const from = (a[key] ?? {}) as Record<string, unknown>;
      const to = (b[key] ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(to)) if (!same(from[k], to[k])) sub[k] = to[k];
      if (Object.keys(sub).length) out[key] = sub;
    } else if (!same(a[key], b[key])) {
      out[key] = b[key];
    }
  }
  return out as PlaceFieldsInput;
}

/** The form's value at an API field path ("contact.phone"), for the conflict table. */
export function formValueAt(form: PlaceForm, field: string): unknown {
  const fields = allFields(form) as Record<string, unknown>;
  return field
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], fields);
}

/**
 * What picking an address suggestion changes in the form: a geocoded address fills street, postcode,
 * commune and INSEE code with a precision that matches the answer; a town of the offline list only sets
 * the commune (and former commune) at its centre.
 */
export function addressPatch(choice: LocationChoice, form: PlaceForm): Partial<PlaceForm> {
  const point = { lat: String(choice.point.lat), lng: String(choice.point.lng) };
  const address = choice.address;
  if (address) {
    const precision =
      address.precision === 'housenumber' ? 'ADDRESS' : address.precision === 'street' ? 'STREET' : 'COMMUNE';
    return {
      ...point,
      street: address.street || form.street,
      postcode: address.postcode || form.postcode,
      commune: address.commune || form.commune,
      inseeCode: address.inseeCode,
      locationPrecision: precision,
    };
  }
  return {
    ...point,
    commune: choice.detail || choice.label,
    inseeCode: '',
    locality: choice.detail ? choice.label : form.locality,
    locationPrecision: form.street ? 'ADDRESS' : 'COMMUNE',
  };
}
