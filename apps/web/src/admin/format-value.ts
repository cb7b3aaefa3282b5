import { describeWeek } from '../hours/describe-hours';
import { parseOpeningHours } from '../hours/weekly-hours';
import type { AdminText } from './admin-text';

/** A place field path (`address.street`) as staff read it on the form ("Numéro et rue"). */
export function fieldName(field: string, text: AdminText): string {
  const names: Record<string, string> = {
    name: text.name,
    kind: text.kind,
    description: text.description,
    'address.street': text.street,
    'address.postcode': text.postcode,
    'address.commune': text.commune,
    'address.inseeCode': text.inseeCode,
    'address.locality': text.locality,
    location: text.location,
    locationPrecision: text.precision,
    'contact.phone': text.phone,
    'contact.email': text.placeEmail,
    'contact.website': text.website,
    openingHours: text.openingHours,
    offers: text.offers,
    labels: text.labels,
    audience: text.audience,
    homeService: text.homeService,
    appointmentOnly: text.appointmentOnly,
    accessibility: text.accessibility,
  };
  return names[field] ?? field;
}

/** OSM opening hours in words ("Lundi – vendredi : 9 h – 12 h"); rules the week cannot show stay as written. */
function describeHours(value: string, text: AdminText): string {
  const week = parseOpeningHours(value);
  if (!week) return value;
  const lines = describeWeek(week, text.lang).map((line) => `${line.days}${text.colon} ${line.hours}`);
  if (week.closedOnHolidays) lines.push(text.holidaysClosed);
  return lines.join(text.listSeparator);
}

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
  if (field === 'openingHours' && typeof value === 'string') return describeHours(value, text);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
