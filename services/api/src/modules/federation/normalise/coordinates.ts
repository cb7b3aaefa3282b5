import proj4 from 'proj4';

// EPSG:2154, RGF93 v1 / Lambert-93: what French GIS exports give as x/y.
proj4.defs(
  'EPSG:2154',
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
);
const toWgs84 = proj4('EPSG:2154', 'WGS84');

/** A number from a French cell: "49,6394" (decimal comma), " 49.6394 ", "-1,61". */
export function parseDecimal(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || value === undefined) return null;
  const text = String(value).trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** Lambert-93 metres to WGS84 degrees. */
export function lambert93ToWgs84(x: number, y: number): { lat: number; lng: number } {
  const [lng, lat] = toWgs84.forward([x, y]);
  return { lat: round(lat!), lng: round(lng!) };
}

// Metropolitan France and its overseas departments, loosely: anything else is a swapped or broken value.
const FRANCE_BOXES = [
  { west: -5.8, south: 41.2, east: 9.8, north: 51.2 },
  { west: -63.2, south: 14.3, east: -60.7, north: 16.6 }, // Antilles
  { west: -54.7, south: 2.0, east: -51.5, north: 6.0 }, // Guyane
  { west: 44.9, south: -21.5, east: 55.9, north: -12.5 }, // Réunion, Mayotte
];

export function isInFrance(lat: number, lng: number): boolean {
  return FRANCE_BOXES.some((b) => lat >= b.south && lat <= b.north && lng >= b.west && lng <= b.east);
}

export type CoordinatesResult =
  | { ok: true; lat: number; lng: number }
  | { ok: false; code: 'COORDINATES_UNREADABLE' | 'COORDINATES_OUTSIDE_FRANCE'; reason: string }
  | { ok: 'missing' };

/**
 * Reads a point from latitude/longitude cells, or from Lambert-93 x/y when the source gives those (or when
 * "latitude/longitude" obviously hold metres). Refuses points outside France.
 */
export function readCoordinates(input: { lat?: unknown; lng?: unknown; x?: unknown; y?: unknown }): CoordinatesResult {
  const hasLatLng = present(input.lat) || present(input.lng);
  const hasXY = present(input.x) || present(input.y);
  if (!hasLatLng && !hasXY) return { ok: 'missing' };
  let lat: number | null;
  let lng: number | null;
  if (hasLatLng) {
    lat = parseDecimal(input.lat);
    lng = parseDecimal(input.lng);
    if (lat === null || lng === null)
      return {
        ok: false,
        code: 'COORDINATES_UNREADABLE',
        reason: `unreadable coordinates "${String(input.lat ?? '')}", "${String(input.lng ?? '')}"`,
      };
    if (Math.abs(lat) > 1000 && Math.abs(lng) > 1000) ({ lat, lng } = lambert93ToWgs84(lng, lat));
  } else {
    const x = parseDecimal(input.x);
    const y = parseDecimal(input.y);
    if (x === null || y === null)
      return {
        ok: false,
        code: 'COORDINATES_UNREADABLE',
        reason: `unreadable Lambert-93 coordinates "${String(input.x ?? '')}", "${String(input.y ?? '')}"`,
      };
    ({ lat, lng } = lambert93ToWgs84(x, y));
  }
  if (!isInFrance(lat, lng))
    return {
      ok: false,
      code: 'COORDINATES_OUTSIDE_FRANCE',
      reason: `coordinates ${lat}, ${lng} are outside France (swapped latitude and longitude?)`,
    };
  return { ok: true, lat: round(lat), lng: round(lng) };
}

const present = (value: unknown) => value !== null && value !== undefined && String(value).trim() !== '';
const round = (value: number) => Math.round(value * 1e7) / 1e7;
