import { OSM_SELECTORS, type TagCondition } from './osm-tags';

/** A territory's outline: a GeoJSON Polygon (WGS84, [longitude, latitude]); only the outer ring is used. */
export interface OverpassPolygon {
  type: 'Polygon';
  coordinates: readonly (readonly (readonly number[])[])[];
}

export interface OverpassBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface OverpassQueryOptions {
  /** The territory's polygon; or `bbox` for a rectangle. */
  polygon?: OverpassPolygon;
  bbox?: OverpassBox;
  /** Server-side time limit, in seconds (Overpass `[timeout:]`); 180 by default. */
  timeoutS?: number;
}

// ~1 m: enough for a territory outline, and keeps the query (a GET URL) short.
const round = (n: number) => String(Math.round(n * 1e5) / 1e5);

function condition({ key, values, list }: TagCondition): string {
  if (!values) return `["${key}"]`;
  if (values.length === 1 && !list) return `["${key}"="${values[0]}"]`;
  const alternatives = values.join('|');
  return list ? `["${key}"~"(^|;)(${alternatives})(;|$)"]` : `["${key}"~"^(${alternatives})$"]`;
}

function checkedRing(polygon: OverpassPolygon): [number, number][] {
  const ring = polygon.coordinates[0];
  if (polygon.type !== 'Polygon' || !ring) throw new Error('the polygon must be a GeoJSON Polygon');
  const points = ring.map((p) => {
    const [lng, lat] = p;
    if (p.length < 2 || !Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng!) > 180 || Math.abs(lat!) > 90)
      throw new Error(`the polygon has a position that is not [longitude, latitude]: ${JSON.stringify(p)}`);
    return [lng!, lat!] as [number, number];
  });
  const [first, last] = [points[0], points.at(-1)];
  const open = first && last && (first[0] !== last[0] || first[1] !== last[1]) ? points : points.slice(0, -1);
  if (open.length < 3) throw new Error('the polygon needs at least 3 distinct positions');
  return open;
}

function boxOf(ring: [number, number][]): OverpassBox {
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return { west: Math.min(...lngs), south: Math.min(...lats), east: Math.max(...lngs), north: Math.max(...lats) };
}

function checkedBox(box: OverpassBox): OverpassBox {
  const { west, south, east, north } = box;
  const valid =
    [west, south, east, north].every(Number.isFinite) &&
    south < north &&
    west < east &&
    Math.abs(south) <= 90 &&
    Math.abs(north) <= 90 &&
    Math.abs(west) <= 180 &&
    Math.abs(east) <= 180;
  if (!valid) throw new Error(`the bounding box is not west < east, south < north in degrees: ${JSON.stringify(box)}`);
  return box;
}

/**
 * The Overpass QL query of every reuse place of a territory (the tag combinations of osm-tags.ts, which
 * the osm-overpass connector reads): nodes, ways and relations, with `out center` so that a way (a
 * déchèterie drawn as an area) has a position. The candidates are selected within the polygon's box,
 * then kept when inside the polygon, which is written once (`poly:"lat lon lat lon …"`).
 */
export function overpassQuery(options: OverpassQueryOptions): string {
  const timeoutS = options.timeoutS ?? 180;
  if (!Number.isInteger(timeoutS) || timeoutS < 1 || timeoutS > 3600)
    throw new Error(`timeoutS must be a whole number of seconds from 1 to 3600, not ${timeoutS}`);
  if (!options.polygon === !options.bbox) throw new Error('give either a polygon or a bbox');
  const ring = options.polygon ? checkedRing(options.polygon) : null;
  const box = checkedBox(ring ? boxOf(ring) : options.bbox!);
  const settings = `[out:json][timeout:${timeoutS}][bbox:${[box.south, box.west, box.north, box.east].map(round).join(',')}]`;
  const selections = OSM_SELECTORS.map((selector) => `  nwr${selector.map(condition).join('')};`);
  const lines = [`${settings};`, '(', ...selections, ')->.candidates;'];
  if (ring) {
    const poly = ring.map(([lng, lat]) => `${round(lat)} ${round(lng)}`).join(' ');
    lines.push(`nwr.candidates(poly:"${poly}");`, 'out center tags;');
  } else lines.push('.candidates out center tags;');
  return lines.join('\n');
}

/** The URL that runs a query on an Overpass endpoint by GET (`…/api/interpreter?data=…`), as imports fetch. */
export function overpassQueryUrl(endpoint: string, options: OverpassQueryOptions): string {
  const url = new URL(endpoint);
  url.searchParams.set('data', overpassQuery(options));
  return url.toString();
}
