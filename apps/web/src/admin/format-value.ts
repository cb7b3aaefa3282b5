import type { AdminText } from './admin-text';

/** Names that make sense of raw values in diffs and history (sub-category, label and action names). */
export interface ValueNames {
  subcategory(id: string): string;
  label(id: string): string;
  action(id: string): string;
  kind(id: string): string;
}

const identity: ValueNames = { subcategory: (id) => id, label: (id) => id, action: (id) => id, kind: (id) => id };

/**
 * A stored field value (as the API's JSON scalar gives it: shaped like the stored place) in words:
 * GeoJSON points as "lat, lng", offers as "Donner : Meuble, Jouet", booleans as yes/no.
 */
export function formatValue(field: string, value: unknown, text: AdminText, names: ValueNames = identity): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return text.empty;
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  if (field === 'location' && typeof value === 'object') {
    const point = value as { coordinates?: [number, number]; lat?: number; lng?: number };
    const [lng, lat] = point.coordinates ?? [point.lng, point.lat];
    return `${Number(lat).toFixed(5)}, ${Number(lng).toFixed(5)}`;
  }
  if (field === 'offers' && Array.isArray(value)) {
    return (value as { action: string; subcategories: (string | { id: string })[] }[])
      .map(
        (o) =>
          `${names.action(o.action)}${text.colon} ${o.subcategories.map((s) => names.subcategory(typeof s === 'string' ? s : s.id)).join(', ')}`,
      )
      .join(text.listSeparator);
  }
  if (field === 'labels' && Array.isArray(value)) return value.map((l) => names.label(String(l))).join(', ');
  if (field === 'kind' && typeof value === 'string') return names.kind(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
