import type { FieldCosts } from '../../shared/http/query-cost';
import { decodeCursor, type BBoxInput } from './place-query';

/**
 * Places of the directory per cost point of a whole-directory pass. Facet counts and filters such as
 * `openNow` or a wide `bbox` visit every place, so their price grows with the directory: at 300 000
 * places a facet count (~5–10 ms) costs 4 688, about what resolving a page of 100 places costs.
 */
export const PLACES_PER_POINT = 64;
/** Supercluster's radius (packages/directory clusters) in pixels of its 512 px tiles, MapLibre's too. */
const MAP_CELL_PX = 60;
const TILE_PX = 512;

/** What the places fields cost beyond their answer (shared/http/query-cost), for a directory of `size()`. */
export function placeFieldCosts(size: () => number): FieldCosts {
  const pass = () => Math.max(1, Math.ceil(size() / PLACES_PER_POINT));
  return {
    // A search is at most a pass (half of facets' three); `after` skips places the engine still orders.
    'Query.places': (args) => ({ price: Math.ceil(pass() / 2) + skipped(args.after) }),
    'PlaceConnection.facets': () => ({ price: pass() }),
    'Query.mapFeatures': (args) => ({ price: Math.ceil(pass() / 2), items: mapFeatureItems(args.bbox, args.zoom) }),
    // A place's live notices (notices module): a closure, maybe a seasonal set and a free notice, not 10.
    'Place.notices': () => ({ items: 3 }),
  };
}

function skipped(after: unknown): number {
  try {
    return typeof after === 'string' ? decodeCursor(after) : 0;
  } catch {
    return 0; // the search refuses it
  }
}

/**
 * The most features one map answer holds. A 1920×1080 view (with the web app's 128 px margin) has ~800
 * cluster cells; a larger view, or a huge box at street zoom, is clustered at a lower zoom until it fits
 * (`mapViewZoom`), so it gets a coarser map instead of QUERY_TOO_COMPLEX.
 */
export const MAX_MAP_FEATURES = 1000;

/** The features a map answer may hold, for its price: the view's cells, at most MAX_MAP_FEATURES. */
export function mapFeatureItems(bbox: unknown, zoom: unknown): number | undefined {
  const cells = mapFeatureCount(bbox, zoom);
  return cells === undefined ? undefined : Math.min(cells, MAX_MAP_FEATURES);
}

/**
 * The zoom a view is clustered at: the asked zoom, or lower when the view has more cluster cells than
 * MAX_MAP_FEATURES (each level down divides them by four). The directory lowers it further if the
 * places themselves still make too many features.
 */
export function mapViewZoom(bbox: BBoxInput, zoom: number): number {
  const cells = mapFeatureCount(bbox, zoom) ?? 0;
  if (cells <= MAX_MAP_FEATURES) return zoom;
  return Math.max(0, zoom - Math.ceil(Math.log(cells / MAX_MAP_FEATURES) / Math.log(4)));
}

/**
 * The most features a map view can show: one per cluster cell of the view's area in pixels at its zoom
 * (a 1920×1080 map: 576). A whole-world box at zoom 22 is trillions of pixels, hence refused.
 */
export function mapFeatureCount(bbox: unknown, zoom: unknown): number | undefined {
  const box = bbox as BBoxInput | null | undefined;
  if (!box || typeof zoom !== 'number' || !Number.isFinite(zoom) || zoom < 0 || zoom > 22) return undefined;
  const { west, south, east, north } = box;
  if (![west, south, east, north].every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  const worldPx = TILE_PX * 2 ** zoom;
  const degrees = east >= west ? east - west : east - west + 360; // west > east crosses the antimeridian
  const width = (Math.min(degrees, 360) / 360) * worldPx;
  const height = Math.abs(mercatorY(north) - mercatorY(south)) * worldPx;
  return Math.max(1, Math.ceil((width * height) / (MAP_CELL_PX * MAP_CELL_PX)));
}

/** Web Mercator y of a latitude, 0 (north edge) to 1 (south edge). */
function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}
