import { createHash } from 'node:crypto';
import { EDITOR, provenanceKey } from '../../places';
import { FIELD_PATHS, type FieldPath, type NormalisedRecord, type PlaceFields } from '../normalise/normalise-record';

/** Bump when connectors or normalisation change what they produce: every record is then written once more. */
export const NORMALISATION_VERSION = 1;

/** Content hash of a normalised record (before geocoding): equal hash = nothing to write. */
export function recordHash(record: NormalisedRecord): string {
  const { fields, attribution, url, geocodeQuery } = record;
  const stable = JSON.stringify([
    NORMALISATION_VERSION,
    FIELD_PATHS.map((p) => (fields as Record<string, unknown>)[p] ?? null),
    attribution,
    url,
    geocodeQuery,
  ]);
  return createHash('sha256').update(stable).digest('hex').slice(0, 32);
}

export interface StoredFields {
  provenance?: Record<string, string> | null;
  overrides?: string[] | null;
  [key: string]: unknown;
}

export interface MergeInput {
  sourceId: string;
  priority: number;
  /** Priority of every source by id (unknown sources count as 0). */
  priorities: ReadonlyMap<string, number>;
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0);
const EMPTY: Partial<Record<FieldPath, unknown>> = {
  offers: [],
  labels: [],
  homeService: false,
  appointmentOnly: false,
};

function valueAt(doc: StoredFields, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      doc,
    );
}

/** Deep equality for plain JSON values (field values are strings, numbers, booleans, arrays and objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normaliseForCompare(a)) === JSON.stringify(normaliseForCompare(b));
}
function normaliseForCompare(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(normaliseForCompare);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => k !== '_id');
    return Object.fromEntries(
      entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, normaliseForCompare(v)]),
    );
  }
  return value ?? null;
}

/**
 * Field-by-field merge of a source's record into a stored place: a field staff set by hand is never
 * touched; otherwise the source sets a field it owns, an unowned field, or one owned by a source of lower
 * or equal priority; a value the owning source no longer gives is cleared. Returns only what changes.
 */
export function mergeRecord(
  place: StoredFields | null,
  fields: Partial<PlaceFields>,
  input: MergeInput,
): { set: Record<string, unknown>; provenance: Record<string, string>; changed: boolean } {
  const provenance: Record<string, string> = { ...(place?.provenance ?? {}) };
  const overrides = new Set(place?.overrides ?? []);
  const set: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) {
    if (path === 'locationPrecision') continue; // follows location
    const key = provenanceKey(path);
    if (overrides.has(path) || provenance[key] === EDITOR) continue;
    const value = (fields as Record<string, unknown>)[path];
    const owner = provenance[key];
    const current = place ? valueAt(place, path) : undefined;
    if (isEmpty(value)) {
      if (place && owner === input.sourceId && !isEmpty(current)) {
        set[path] = EMPTY[path] ?? null;
        delete provenance[key];
      }
      continue;
    }
    const wins = !owner || owner === input.sourceId || input.priority >= (input.priorities.get(owner) ?? 0);
    if (!wins) continue;
    provenance[key] = input.sourceId;
    if (!place || !sameValue(current, value)) {
      set[path] = value;
      if (path === 'location') set.locationPrecision = fields.locationPrecision ?? 'ADDRESS';
    }
  }
  const changed = Object.keys(set).length > 0 || !sameValue(provenance, place?.provenance ?? {});
  return { set, provenance, changed };
}
