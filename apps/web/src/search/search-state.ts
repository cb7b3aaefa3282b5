/**
 * The whole results view lives in the query string of `/recherche`, so any view can be shared,
 * bookmarked and embedded. This module parses and writes it; it has no React and no Vite.
 */
import { ACTION_IDS, PLACE_KIND_IDS, type ActionId, type Direction, type PlaceKind } from '@reemploi/taxonomy/ids';

// The taxonomy's ids under the names the app's components import from here.
export const ACTIONS = ACTION_IDS;
export type Action = ActionId;
export const PLACE_KINDS = PLACE_KIND_IDS;
export type { Direction, PlaceKind };

/** Actions of each direction (DESIGN.md: "I have an object" / "I am looking for an object"). */
export const DIRECTION_ACTIONS: Record<Direction, readonly Action[]> = {
  HAVE: ['DONATE', 'REPAIR', 'SELL', 'DROP_OFF', 'EXCHANGE', 'LEND', 'RENT_OUT', 'RETURN'],
  SEEK: ['BUY', 'BORROW', 'RENT', 'EXCHANGE'],
};

export const RADIUS_STEPS = [5, 10, 25, 50] as const;
export const DEFAULT_RADIUS_KM = 10;
export type View = 'list' | 'map';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface SearchState {
  direction: Direction;
  /** Chosen actions; empty means every action of the direction. */
  actions: Action[];
  /** The resident's own words ("canapé"). */
  text: string;
  /** LVAO sub-category ids resolved from the text or picked from suggestions. */
  subcategories: string[];
  /** Label of the search point: a town, an address; empty with `aroundMe`. */
  where: string;
  point: LatLng | null;
  aroundMe: boolean;
  radiusKm: number;
  kinds: PlaceKind[];
  labels: string[];
  openNow: boolean;
  view: View;
  /** Set by "search this area" on the map: results come from this box instead of the radius. */
  bbox: BBox | null;
  /** Map camera, so a shared map view opens where it was. */
  zoom: number | null;
  center: LatLng | null;
}

export const emptySearch: SearchState = {
  direction: 'HAVE',
  actions: [],
  text: '',
  subcategories: [],
  where: '',
  point: null,
  aroundMe: false,
  radiusKm: DEFAULT_RADIUS_KM,
  kinds: [],
  labels: [],
  openNow: false,
  view: 'list',
  bbox: null,
  zoom: null,
  center: null,
};

const list = (value: string | null): string[] =>
  value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];

const unique = <T>(values: T[]): T[] => [...new Set(values)];

function num(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

function parseLatLng(lat: string | null, lng: string | null): LatLng | null {
  const la = num(lat, -90, 90);
  const ln = num(lng, -180, 180);
  return la === null || ln === null ? null : { lat: la, lng: ln };
}

function parseBBox(value: string | null): BBox | null {
  const parts = list(value).map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) return null;
  const [west, south, east, north] = parts as [number, number, number, number];
  if (south >= north || south < -90 || north > 90) return null;
  return { west, south, east, north };
}

/*
 * Other spellings of the same keys, as partners write them (the <reemploi-places> widget's "see on the
 * map" link and the /embed/carte.js loader examples use the widget's attribute names).
 */
const ALIASES: [alias: string, key: string][] = [
  ['actions', 'action'],
  ['objects', 'sub'],
  ['radius', 'r'],
  ['kinds', 'kind'],
  ['labels', 'label'],
  ['commune', 'where'],
];

/** Reads a query string (with or without `?`); unknown or invalid values are dropped, never thrown. */
export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  for (const [alias, key] of ALIASES) {
    const value = params.get(alias);
    if (value !== null && !params.has(key)) params.set(key, value);
  }
  const actions = unique(list(params.get('action')).map((a) => a.toUpperCase().replace(/-/g, '_'))).filter(
    (a): a is Action => (ACTIONS as readonly string[]).includes(a),
  );
  const kinds = unique(list(params.get('kind')).map((k) => k.toUpperCase().replace(/-/g, '_'))).filter(
    (k): k is PlaceKind => (PLACE_KINDS as readonly string[]).includes(k),
  );
  const center = list(params.get('c')).map(Number);
  return {
    direction: params.get('dir') === 'seek' ? 'SEEK' : 'HAVE',
    actions,
    text: (params.get('q') ?? '').trim().slice(0, 100),
    subcategories: unique(list(params.get('sub'))).filter((s) => /^[a-z0-9_]+$/i.test(s)),
    where: (params.get('where') ?? '').trim().slice(0, 200),
    point: parseLatLng(params.get('lat'), params.get('lng')),
    aroundMe: params.get('me') === '1',
    radiusKm: num(params.get('r'), 1, 200) ?? DEFAULT_RADIUS_KM,
    kinds,
    labels: unique(list(params.get('label'))),
    openNow: params.get('open') === '1',
    view: params.get('view') === 'map' ? 'map' : 'list',
    bbox: parseBBox(params.get('bbox')),
    zoom: num(params.get('z'), 0, 22),
    center: center.length === 2 ? parseLatLng(String(center[0]), String(center[1])) : null,
  };
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** Writes the state as a query string (with `?`, or '' when empty), omitting defaults, in a stable order. */
export function serializeSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.direction === 'SEEK') params.set('dir', 'seek');
  if (state.actions.length) params.set('action', state.actions.map((a) => a.toLowerCase()).join(','));
  if (state.text) params.set('q', state.text);
  if (state.subcategories.length) params.set('sub', state.subcategories.join(','));
  if (state.where) params.set('where', state.where);
  if (state.aroundMe) params.set('me', '1');
  if (state.point) {
    // ~100 m is plenty for "near me" and keeps a shared link from pinpointing a home.
    const digits = state.aroundMe ? 3 : 5;
    params.set('lat', round(state.point.lat, digits));
    params.set('lng', round(state.point.lng, digits));
  }
  if (state.radiusKm !== DEFAULT_RADIUS_KM) params.set('r', String(state.radiusKm));
  if (state.kinds.length) params.set('kind', state.kinds.map((k) => k.toLowerCase()).join(','));
  if (state.labels.length) params.set('label', state.labels.join(','));
  if (state.openNow) params.set('open', '1');
  if (state.view === 'map') params.set('view', 'map');
  if (state.bbox) {
    const b = state.bbox;
    params.set('bbox', [b.west, b.south, b.east, b.north].map((n) => round(n, 4)).join(','));
  }
  if (state.zoom !== null) params.set('z', round(state.zoom, 1));
  if (state.center) params.set('c', `${round(state.center.lat, 4)},${round(state.center.lng, 4)}`);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** The results page URL for a state; `/embed/carte` keeps the same query string on its own path. */
export function searchUrl(state: SearchState, pathname = '/recherche'): string {
  return `${pathname}${serializeSearch(state)}`;
}

/** The actions actually searched: the chosen ones, else all of the direction. */
export function effectiveActions(state: SearchState): Action[] {
  return state.actions.length ? state.actions : [...DIRECTION_ACTIONS[state.direction]];
}

/** Next radius step when "nothing within N km", or null at the largest. */
export function widerRadius(km: number): number | null {
  return RADIUS_STEPS.find((step) => step > km) ?? null;
}

export interface PlaceFilterInput {
  actions?: Action[];
  subcategories?: string[];
  kinds?: PlaceKind[];
  labels?: string[];
  openNow?: boolean;
}

/** GraphQL `PlaceFilter` for the state (sub-categories resolved from the text may be passed in). */
export function toPlaceFilter(state: SearchState, resolvedSubcategories: string[] = []): PlaceFilterInput {
  const subcategories = state.subcategories.length ? state.subcategories : resolvedSubcategories;
  const filter: PlaceFilterInput = { actions: effectiveActions(state) };
  if (subcategories.length) filter.subcategories = subcategories;
  if (state.kinds.length) filter.kinds = state.kinds;
  if (state.labels.length) filter.labels = state.labels;
  if (state.openNow) filter.openNow = true;
  return filter;
}

/** Toggles a value in a list, keeping order. */
export function toggle<T>(values: T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
