import { validateOpeningHours } from '@reemploi/directory/opening-hours';
import { placeLabelById, subcategoryById } from '@reemploi/taxonomy';
import { z } from 'zod';
import { ACTIONS, AUDIENCES, LOCATION_PRECISIONS, PLACE_KINDS } from './place.model';

/**
 * The field paths of a place that sources give and staff edit, each merged (and overridden) on its own.
 * The order is part of import hashes (federation/merge/merge.ts): append, do not reorder.
 */
export const PLACE_FIELD_PATHS = [
  'name',
  'kind',
  'description',
  'address.street',
  'address.postcode',
  'address.commune',
  'address.inseeCode',
  'address.locality',
  'location',
  'locationPrecision',
  'contact.phone',
  'contact.email',
  'contact.website',
  'openingHours',
  'offers',
  'labels',
  'audience',
  'homeService',
  'homeServiceArea',
  'appointmentOnly',
  'accessibility',
  'siret',
] as const;
export type PlaceFieldPath = (typeof PLACE_FIELD_PATHS)[number];

/** Fields only sources give: no staff form or GraphQL input sets them. */
const SOURCE_ONLY_FIELDS = ['homeServiceArea', 'siret'] as const satisfies readonly PlaceFieldPath[];
export type EditableField = Exclude<PlaceFieldPath, (typeof SOURCE_ONLY_FIELDS)[number]>;

/** Field paths staff can edit; each one can become an editor override that wins over sources. */
export const EDITABLE_FIELDS: readonly EditableField[] = PLACE_FIELD_PATHS.filter(
  (field): field is EditableField => !(SOURCE_ONLY_FIELDS as readonly string[]).includes(field),
);
export const isEditableField = (field: string): field is EditableField =>
  (EDITABLE_FIELDS as readonly string[]).includes(field);

/** A field path → its new stored value (location as a GeoJSON point). */
export type PlaceChanges = Partial<Record<EditableField, unknown>>;

export interface FieldProblem {
  field: string;
  message: string;
}

// Empty strings clear a text field (stored as null), so a form can send what its inputs hold.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .nullable()
    .transform((value) => (value ? value : null));

const fieldsSchema = z
  .object({
    name: z.string().trim().min(2, 'The name needs at least 2 characters.').max(200, 'At most 200 characters.'),
    kind: z.enum(PLACE_KINDS),
    description: optionalText(5000),
    address: z
      .object({
        street: optionalText(300),
        postcode: optionalText(5).refine((v) => v === null || /^\d{5}$/.test(v), 'A postcode has 5 digits.'),
        commune: optionalText(100),
        inseeCode: optionalText(5).refine(
          (v) => v === null || /^(\d{5}|2[AB]\d{3})$/.test(v),
          'An INSEE code has 5 characters.',
        ),
        locality: optionalText(100),
      })
      .partial()
      .strict(),
    location: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict(),
    locationPrecision: z.enum(LOCATION_PRECISIONS),
    contact: z
      .object({
        phone: optionalText(30).refine((v) => v === null || /^[+0-9 ().-]{6,30}$/.test(v), 'Not a phone number.'),
        email: optionalText(254).refine((v) => v === null || z.email().safeParse(v).success, 'Not an email address.'),
        website: optionalText(500).refine(
          (v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v),
          'A website starts with https:// or http://.',
        ),
      })
      .partial()
      .strict(),
    openingHours: optionalText(1000).superRefine((value, ctx) => {
      if (value === null) return;
      const result = validateOpeningHours(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: `Opening hours: ${result.message}` });
    }),
    offers: z
      .array(
        z.object({
          action: z.enum(ACTIONS),
          subcategories: z
            .array(z.string().max(100))
            .max(100)
            .superRefine((ids, ctx) => {
              for (const id of ids)
                if (!subcategoryById(id)) ctx.addIssue({ code: 'custom', message: `Unknown sub-category "${id}".` });
            }),
        }),
      )
      .max(30, 'At most 30 offers.'),
    labels: z
      .array(z.string().max(100))
      .max(50)
      .superRefine((ids, ctx) => {
        for (const id of ids)
          if (!placeLabelById(id)) ctx.addIssue({ code: 'custom', message: `Unknown label "${id}".` });
      }),
    audience: z.enum(AUDIENCES).nullable(),
    homeService: z.boolean(),
    appointmentOnly: z.boolean(),
    accessibility: optionalText(1000),
  })
  .partial()
  .strict();

export type PlaceFieldsInput = z.input<typeof fieldsSchema>;

/**
 * Validates the fields of a staff edit or a suggestion and flattens them to field paths. A field left
 * out is unchanged; `null` clears it (where it may be empty).
 */
export function parsePlaceFields(
  input: unknown,
): { ok: true; changes: PlaceChanges } | { ok: false; problems: FieldProblem[] } {
  const parsed = fieldsSchema.safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        field: issue.path.join('.') || 'fields',
        message: issue.message,
      })),
    };
  }
  const changes: PlaceChanges = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value === undefined) continue;
    if (key === 'address' || key === 'contact') {
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
        if (subValue !== undefined) changes[`${key}.${sub}` as EditableField] = subValue;
      }
    } else if (key === 'location') {
      const { lat, lng } = value as { lat: number; lng: number };
      changes.location = { type: 'Point', coordinates: [lng, lat] };
    } else if (key === 'offers') {
      changes.offers = (value as { action: string; subcategories: string[] }[]).map((o) => ({
        action: o.action,
        subcategories: [...new Set(o.subcategories)],
      }));
    } else if (key === 'labels') {
      changes.labels = [...new Set(value as string[])];
    } else {
      changes[key as EditableField] = value;
    }
  }
  return { ok: true, changes };
}

/** Reads a dotted field path of a stored place (or any plain object). */
export function getPath(doc: unknown, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) value = value == null ? undefined : (value as Record<string, unknown>)[key];
  return value ?? null;
}

/** Sets a dotted path in a plain object, creating the objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** Comparable form of a stored value (plain JSON, so documents and inputs compare equal). */
export const comparable = (value: unknown) =>
  JSON.stringify(value ?? null, (_key, v: unknown) => (v instanceof Date ? v.toISOString() : v));
