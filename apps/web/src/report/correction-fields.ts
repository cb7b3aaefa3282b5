import type { PlaceDetail } from '../graphql/operations';
import type { PlaceFieldsInput } from '../graphql/suggestion-operations';
import type { Action } from '../search/search-state';

/** What can be done at a place, by sub-category id: one entry per action. */
export type OfferValues = { action: Action; subcategories: string[] }[];

/** The texts of the correction form, as the inputs hold them. */
export interface CorrectionValues {
  name: string;
  street: string;
  postcode: string;
  commune: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  offers: OfferValues;
}

export function correctionValues(place: PlaceDetail): CorrectionValues {
  return {
    name: place.name,
    street: place.address.street ?? '',
    postcode: place.address.postcode ?? '',
    commune: place.address.commune ?? '',
    phone: place.contact.phone ?? '',
    email: place.contact.email ?? '',
    website: place.contact.website ?? '',
    openingHours: place.openingHours ?? '',
    offers: place.offers.map((o) => ({ action: o.action, subcategories: o.subcategories.map((s) => s.id) })),
  };
}

/** The offers with `objects` added to each of `actions` (an action with no object left is dropped). */
export function withAddedOffers(offers: OfferValues, actions: Action[], objects: string[]): OfferValues {
  const merged = new Map(offers.map((o) => [o.action, new Set(o.subcategories)] as const));
  if (objects.length > 0)
    for (const action of actions) {
      const set = merged.get(action) ?? new Set<string>();
      for (const id of objects) set.add(id);
      merged.set(action, set);
    }
  return [...merged].filter(([, ids]) => ids.size > 0).map(([action, ids]) => ({ action, subcategories: [...ids] }));
}

/** Order-free form of offers, to tell whether they changed. */
const offersKey = (offers: OfferValues) =>
  JSON.stringify(
    offers
      .filter((o) => o.subcategories.length > 0)
      .map((o) => [o.action, [...o.subcategories].sort()])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

/** Only what the person changed, as `PlaceFieldsInput` (an emptied field is sent as null: "remove it"). */
export function changedFields(before: CorrectionValues, after: CorrectionValues): PlaceFieldsInput {
  type TextKey = Exclude<keyof CorrectionValues, 'offers'>;
  const changed = (key: TextKey) => before[key].trim() !== after[key].trim();
  const value = (key: TextKey) => after[key].trim() || null;
  const fields: PlaceFieldsInput = {};
  if (changed('name') && after.name.trim()) fields.name = after.name.trim();
  const address: NonNullable<PlaceFieldsInput['address']> = {};
  for (const key of ['street', 'postcode', 'commune'] as const) if (changed(key)) address[key] = value(key);
  if (Object.keys(address).length) fields.address = address;
  const contact: NonNullable<PlaceFieldsInput['contact']> = {};
  for (const key of ['phone', 'email', 'website'] as const) if (changed(key)) contact[key] = value(key);
  if (Object.keys(contact).length) fields.contact = contact;
  if (changed('openingHours')) fields.openingHours = value('openingHours');
  if (offersKey(before.offers) !== offersKey(after.offers))
    fields.offers = after.offers.filter((o) => o.subcategories.length > 0);
  return fields;
}

/** "fields.address.postcode" → the form's label for it. */
export function problemField(field: string, labels: Record<string, string>): string {
  const path = field.replace(/^fields\./, '');
  return labels[path] ?? labels[path.split('.').pop() ?? ''] ?? path;
}
