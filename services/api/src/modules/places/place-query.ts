import type { DirectoryFilter } from '@reemploi/directory';
import { categoryById, placeLabelById, subcategoryById } from '@reemploi/taxonomy';
import { badInput } from '../../shared/errors';

/** The pages' cursors, shared with the other lists. */
export { decodeCursor, encodeCursor } from '../../shared/offset-cursor';

export interface GeoPointInput {
  lat: number;
  lng: number;
}
export interface BBoxInput {
  west: number;
  south: number;
  east: number;
  north: number;
}
export interface PlaceFilterInput {
  actions?: string[] | null;
  subcategories?: string[] | null;
  categories?: string[] | null;
  kinds?: string[] | null;
  labels?: string[] | null;
  text?: string | null;
  openNow?: boolean | null;
  communes?: string[] | null;
  homeService?: boolean | null;
}

export const MAX_PAGE_SIZE = 100;
const MAX_TEXT_LENGTH = 200;
const MAX_LIST_LENGTH = 100;
const MAX_RADIUS_KM = 1000;

/** Checks a latitude/longitude pair and says which one is out of range. */
export function validatePoint(point: GeoPointInput, field: string): GeoPointInput {
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90) {
    throw badInput(`${field}.lat must be a latitude between -90 and 90 (got ${point.lat}).`, `${field}.lat`);
  }
  if (!Number.isFinite(point.lng) || point.lng < -180 || point.lng > 180) {
    throw badInput(`${field}.lng must be a longitude between -180 and 180 (got ${point.lng}).`, `${field}.lng`);
  }
  return point;
}

/** Checks a bounding box: coordinates in range, south ≤ north, west ≤ east (no antimeridian crossing). */
export function validateBBox(bbox: BBoxInput, field = 'bbox'): BBoxInput {
  validatePoint({ lat: bbox.south, lng: bbox.west }, `${field}(south,west)`);
  validatePoint({ lat: bbox.north, lng: bbox.east }, `${field}(north,east)`);
  if (bbox.south > bbox.north) {
    throw badInput(
      `${field} is inverted: south (${bbox.south}) must not be greater than north (${bbox.north}).`,
      field,
    );
  }
  if (bbox.west > bbox.east) {
    throw badInput(`${field} is inverted: west (${bbox.west}) must not be greater than east (${bbox.east}).`, field);
  }
  return bbox;
}

export function validatePageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE} (got ${size}).`, 'first');
  }
  return size;
}

export function validateRadiusKm(radiusKm: number | null | undefined): number | undefined {
  if (radiusKm == null) return undefined;
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
    throw badInput(`radiusKm must be greater than 0 and at most ${MAX_RADIUS_KM} (got ${radiusKm}).`, 'radiusKm');
  }
  return radiusKm;
}

function checkList(
  values: string[] | null | undefined,
  field: string,
  isKnown?: (id: string) => boolean,
): string[] | undefined {
  if (values == null) return undefined;
  if (values.length > MAX_LIST_LENGTH)
    throw badInput(`filter.${field} accepts at most ${MAX_LIST_LENGTH} values.`, `filter.${field}`);
  if (isKnown) {
    const unknown = values.filter((value) => !isKnown(value));
    if (unknown.length > 0) {
      throw badInput(
        `Unknown ${field}: ${unknown.slice(0, 5).join(', ')}. See the categories and labels queries.`,
        `filter.${field}`,
      );
    }
  }
  return values;
}

/** Validates a GraphQL PlaceFilter and turns it into the directory's filter. */
export function toDirectoryFilter(filter: PlaceFilterInput | null | undefined): DirectoryFilter {
  if (!filter) return {};
  const text = filter.text?.trim();
  if (text && text.length > MAX_TEXT_LENGTH) {
    throw badInput(`filter.text is limited to ${MAX_TEXT_LENGTH} characters.`, 'filter.text');
  }
  return {
    actions: checkList(filter.actions, 'actions'),
    subcategories: checkList(filter.subcategories, 'subcategories', (id) => subcategoryById(id) !== undefined),
    categories: checkList(filter.categories, 'categories', (id) => categoryById(id) !== undefined),
    kinds: checkList(filter.kinds, 'kinds'),
    labels: checkList(filter.labels, 'labels', (id) => placeLabelById(id) !== undefined),
    communes: checkList(filter.communes, 'communes'),
    text: text || undefined,
    openNow: filter.openNow ?? undefined,
    homeService: filter.homeService ?? undefined,
  };
}
