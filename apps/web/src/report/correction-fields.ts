import type { PlaceDetail } from '../graphql/operations';
import type { PlaceFieldsInput } from '../graphql/suggestion-operations';

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
  };
}

/** Only what the person changed, as `PlaceFieldsInput` (an emptied field is sent as null: "remove it"). */
export function changedFields(before: CorrectionValues, after: CorrectionValues): PlaceFieldsInput {
  const changed = (key: keyof CorrectionValues) => before[key].trim() !== after[key].trim();
  const value = (key: keyof CorrectionValues) => after[key].trim() || null;
  const fields: PlaceFieldsInput = {};
  if (changed('name') && after.name.trim()) fields.name = after.name.trim();
  const address: NonNullable<PlaceFieldsInput['address']> = {};
  for (const key of ['street', 'postcode', 'commune'] as const) if (changed(key)) address[key] = value(key);
  if (Object.keys(address).length) fields.address = address;
  const contact: NonNullable<PlaceFieldsInput['contact']> = {};
  for (const key of ['phone', 'email', 'website'] as const) if (changed(key)) contact[key] = value(key);
  if (Object.keys(contact).length) fields.contact = contact;
  if (changed('openingHours')) fields.openingHours = value('openingHours');
  return fields;
}

/** "fields.address.postcode" → the form's label for it. */
export function problemField(field: string, labels: Record<string, string>): string {
  const path = field.replace(/^fields\./, '');
  return labels[path] ?? labels[path.split('.').pop() ?? ''] ?? path;
}
