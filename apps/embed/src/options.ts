// Pure logic of <reemploi-places>: attributes → validated options → GraphQL variables and links.
// No DOM access here, so it is unit-tested in isolation.

import { ACTION_IDS, PLACE_KIND_IDS } from '@reemploi/taxonomy/ids';

export const MAX_LIMIT = 50;
const ID = /^[a-z0-9_-]{1,80}$/i;
const INSEE = /^(\d{5}|2[AB]\d{3})$/;

export interface WidgetOptions {
  actions: string[];
  objects: string[];
  categories: string[];
  kinds: string[];
  labels: string[];
  communes: string[];
  near: { lat: number; lng: number } | null;
  radiusKm: number | null;
  limit: number;
  openNow: boolean;
  lang: 'fr' | 'en';
  layout: 'list' | 'compact';
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
  heading: string | null;
  mapLink: boolean;
  apiKey: string | null;
  /** How many next events (this month, around `near` or in `communes`) to list under the places; 0: none. */
  events: number;
}

export interface ParsedOptions {
  options: WidgetOptions;
  /** Attribute mistakes, in English for the partner's developer (also logged to the console). */
  problems: string[];
}

type Attributes = (name: string) => string | null;

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function enumList(name: string, value: string | null, allowed: readonly string[], problems: string[]): string[] {
  const values = list(value).map((v) => v.toUpperCase().replace(/-/g, '_'));
  const unknown = values.filter((v) => !allowed.includes(v));
  if (unknown.length > 0)
    problems.push(`${name}: unknown value ${unknown.join(', ')} (expected ${allowed.join(', ')})`);
  return values.filter((v) => allowed.includes(v));
}

function idList(name: string, value: string | null, problems: string[]): string[] {
  const values = list(value);
  const bad = values.filter((v) => !ID.test(v));
  if (bad.length > 0)
    problems.push(`${name}: ${bad.join(', ')} is not an id (see the categories query for sub-category ids)`);
  return values.filter((v) => ID.test(v));
}

function number(name: string, value: string | null, min: number, max: number, problems: string[]): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    problems.push(`${name}: "${value}" must be a number between ${min} and ${max}`);
    return null;
  }
  return n;
}

function point(value: string | null, problems: string[]): WidgetOptions['near'] {
  if (!value) return null;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  const lat = Number(match?.[1]);
  const lng = Number(match?.[2]);
  if (!match || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    problems.push(`near: "${value}" must be "latitude,longitude", e.g. near="49.51,-1.47"`);
    return null;
  }
  return { lat, lng };
}

const isOff = (value: string | null) => value !== null && /^(false|no|0|off)$/i.test(value.trim());
const isOn = (value: string | null) => value !== null && !isOff(value);

/** `events="3"` (or `events` alone: 3); the agenda is of somewhere, so it needs near or commune. */
function eventCount(value: string | null, located: boolean, problems: string[]): number {
  if (value === null || isOff(value)) return 0;
  const count =
    value.trim() === '' || /^(true|yes|on)$/i.test(value.trim()) ? 3 : number('events', value, 1, 10, problems);
  if (count === null) return 0;
  if (!located) {
    problems.push('events: needs near="latitude,longitude" or a commune\'s INSEE code in commune');
    return 0;
  }
  return Math.round(count);
}

/** One of the allowed values (the first when absent); another value is reported and ignored. */
function oneOf<T extends string>(
  name: string,
  value: string | null | undefined,
  allowed: readonly [T, ...T[]],
  problems: string[],
): T {
  if (value == null || value === '') return allowed[0];
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name}: unknown value ${value} (expected ${allowed.join(', ')})`);
  return allowed[0];
}

/** Reads the element's attributes; invalid ones are reported and ignored. */
export function parseOptions(attr: Attributes): ParsedOptions {
  const problems: string[] = [];
  const near = point(attr('near'), problems);
  const radiusKm = number('radius-km', attr('radius-km'), 0.1, 1000, problems);
  if (radiusKm !== null && !near) problems.push('radius-km: needs near="latitude,longitude"');
  const langAttr = attr('lang');
  // "en-GB", "fr-FR": the language part decides.
  const lang = oneOf(
    'lang',
    langAttr && /^(fr|en)\b/i.test(langAttr) ? langAttr.slice(0, 2).toLowerCase() : langAttr,
    ['fr', 'en'] as const,
    problems,
  );
  const layout = oneOf('layout', attr('layout'), ['list', 'compact'] as const, problems);
  const theme = oneOf('theme', attr('theme'), ['light', 'dark', 'auto'] as const, problems);
  const headingLevel = number('heading-level', attr('heading-level'), 2, 6, problems);
  const options: WidgetOptions = {
    actions: enumList('action', attr('action') ?? attr('actions'), ACTION_IDS, problems),
    objects: idList('objects', attr('objects'), problems),
    categories: idList('categories', attr('categories'), problems),
    kinds: enumList('kinds', attr('kinds'), PLACE_KIND_IDS, problems),
    labels: idList('labels', attr('labels'), problems),
    communes: list(attr('commune') ?? attr('communes')).slice(0, 20),
    near,
    radiusKm: near ? radiusKm : null,
    limit: Math.round(number('limit', attr('limit'), 1, MAX_LIMIT, problems) ?? 5),
    openNow: isOn(attr('open-now')),
    lang,
    layout,
    theme,
    headingLevel: Math.round(headingLevel ?? 2),
    heading: attr('heading')?.trim() || null,
    mapLink: !isOff(attr('map-link')),
    apiKey: attr('api-key')?.trim() || null,
    events: eventCount(
      attr('events'),
      near !== null || list(attr('commune') ?? attr('communes')).some((c) => INSEE.test(c)),
      problems,
    ),
  };
  return { options, problems };
}

/** Variables of the widget's places query. */
export function toVariables(o: WidgetOptions) {
  const filter: Record<string, unknown> = {};
  if (o.actions.length) filter.actions = o.actions;
  if (o.objects.length) filter.subcategories = o.objects;
  if (o.categories.length) filter.categories = o.categories;
  if (o.kinds.length) filter.kinds = o.kinds;
  if (o.labels.length) filter.labels = o.labels;
  if (o.communes.length) filter.communes = o.communes;
  if (o.openNow) filter.openNow = true;
  const eventsFilter: Record<string, unknown> = {};
  if (o.actions.length) eventsFilter.actions = o.actions;
  if (o.objects.length) eventsFilter.subcategories = o.objects;
  const inseeCodes = o.communes.filter((c) => INSEE.test(c));
  if (inseeCodes.length) eventsFilter.communes = inseeCodes;
  const now = Date.now();
  return {
    filter,
    near: o.near,
    radiusKm: o.radiusKm,
    first: o.limit,
    lang: o.lang === 'en' ? 'EN' : 'FR',
    ...(o.events > 0 && {
      withEvents: true,
      eventsFilter,
      eventsFirst: o.events,
      // The agenda's radius is at most 100 km; the day is enough precision (and keeps answers cacheable).
      eventsRadiusKm: Math.min(o.radiusKm ?? 10, 100),
      eventsFrom: new Date(now).toISOString().slice(0, 10),
      eventsTo: new Date(now + 31 * 86_400_000).toISOString().slice(0, 10),
    }),
  };
}

/** "See on the map": the web app's results page with the same search. */
export function mapUrl(origin: string, o: WidgetOptions): string {
  const params = new URLSearchParams();
  if (o.actions[0]) params.set('action', o.actions[0]);
  if (o.objects.length) params.set('objects', o.objects.join(','));
  if (o.near) {
    params.set('lat', String(o.near.lat));
    params.set('lng', String(o.near.lng));
  }
  if (o.radiusKm !== null) params.set('radius', String(o.radiusKm));
  if (o.kinds.length) params.set('kinds', o.kinds.join(','));
  if (o.labels.length) params.set('labels', o.labels.join(','));
  if (o.communes.length) params.set('commune', o.communes.join(','));
  const query = params.toString();
  return `${origin}/recherche${query ? `?${query}` : ''}`;
}

export const placeUrl = (origin: string, slug: string) => `${origin}/lieu/${encodeURIComponent(slug)}`;

/** "850 m", "12,4 km" / "12.4 km". */
export function formatDistance(meters: number, lang: 'fr' | 'en'): string {
  if (meters < 1000) return `${Math.round(meters / 10) * 10} m`;
  const km = meters < 10_000 ? (meters / 1000).toFixed(1) : String(Math.round(meters / 1000));
  return `${lang === 'fr' ? km.replace('.', ',') : km} km`;
}
