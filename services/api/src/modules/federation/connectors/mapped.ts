import { subcategoryById } from '@reemploi/taxonomy';
import type { MappedField, SourceMapping } from './mapping';
import { csvRows, headerKey } from './csv-rows';
import { jsonArrayItems, prop } from './json-items';
import { OfferBuilder } from './offers';
import type { Connector, ConnectorItem, RawRecord } from './types';

type Getter = (field: MappedField) => unknown;

/** A record from any row or feature through a staff-defined mapping. */
export function mappedRecord(get: Getter, mapping: SourceMapping): RawRecord {
  const text = (field: MappedField) => {
    const value = get(field);
    return value === undefined || value === null ? '' : String(value).trim();
  };
  const offers = new OfferBuilder();
  const objectCodes = text('objects')
    .split(mapping.objectSeparator)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const code of objectCodes) {
    const mapped = mapping.valueMaps.objects[code] ?? mapping.valueMaps.objects[code.toLowerCase()];
    offers.add(mapping.action, mapped ?? (subcategoryById(code) ? [code] : []));
  }
  const kindValue = text('kind');
  return {
    externalId: text('externalId') || null,
    name: get('name'),
    kind: mapping.valueMaps.kind[kindValue] ?? mapping.kind,
    description: get('description'),
    street: get('street'),
    postcode: get('postcode'),
    commune: get('commune'),
    inseeCode: get('inseeCode'),
    locality: get('locality'),
    lat: get('lat'),
    lng: get('lng'),
    x: get('x'),
    y: get('y'),
    phone: get('phone'),
    email: get('email'),
    website: get('website'),
    siret: get('siret'),
    openingHours: get('openingHours'),
    accessibility: get('accessibility'),
    offers: offers.build(),
    labels: [],
    url: text('url') || null,
  };
}

function requireMapping(mapping: SourceMapping | null): SourceMapping {
  if (!mapping)
    throw new Error('this format needs a field mapping (--mapping file.json, or the source’s saved mapping)');
  return mapping;
}

/** The syndicate's own CSV, read through its saved mapping (column names compared loosely). */
export const mappedCsv: Connector = async function* (input, { mapping: given }) {
  const mapping = requireMapping(given);
  const columns = Object.fromEntries(
    Object.entries(mapping.fields).map(([field, column]) => [field, headerKey(column!)]),
  ) as Partial<Record<MappedField, string>>;
  for await (const row of csvRows(await input.open())) {
    if ('error' in row) {
      yield { line: row.line, externalId: null, error: row.error };
      continue;
    }
    const get: Getter = (field) => (columns[field] ? row.cells[columns[field]!] : undefined);
    yield { line: row.line, record: mappedRecord(get, mapping) };
  }
};

/** Centre of a GeoJSON geometry: the point itself, or the mean of a line's or polygon's vertices. */
function geometryCenter(geometry: unknown): [number, number] | null {
  const coordinates = prop(geometry, 'coordinates');
  const flat: number[][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value) && typeof value[0] === 'number') flat.push(value as number[]);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  walk(coordinates);
  if (flat.length === 0) return null;
  return [
    flat.reduce((s, p) => s + Number(p[0]), 0) / flat.length,
    flat.reduce((s, p) => s + Number(p[1]), 0) / flat.length,
  ];
}

/** The syndicate's own GeoJSON (a FeatureCollection), through its saved mapping; WGS84 or Lambert-93. */
export const mappedGeoJson: Connector = async function* (input, { mapping: given }) {
  const mapping = requireMapping(given);
  for await (const { index, value } of jsonArrayItems(await input.open(), ['features'])) {
    yield geoJsonItem(index, value, mapping);
  }
};

function geoJsonItem(index: number, feature: unknown, mapping: SourceMapping): ConnectorItem {
  const properties = prop(feature, 'properties') ?? {};
  const byKey = new Map(Object.keys(properties as object).map((key) => [headerKey(key), key]));
  const get: Getter = (field) => {
    const column = mapping.fields[field];
    if (!column) return undefined;
    const key = prop(properties, column) !== undefined ? column : byKey.get(headerKey(column));
    return key === undefined ? undefined : prop(properties, key);
  };
  const record = mappedRecord(get, mapping);
  record.externalId ??= prop(feature, 'id') === undefined ? null : String(prop(feature, 'id'));
  const center = geometryCenter(prop(feature, 'geometry'));
  if (center && record.lat === undefined && record.x === undefined) {
    // Lambert-93 metres are told apart from degrees by their size.
    if (Math.abs(center[0]) > 1000) [record.x, record.y] = center;
    else [record.lng, record.lat] = center;
  }
  return { line: index, record };
}
