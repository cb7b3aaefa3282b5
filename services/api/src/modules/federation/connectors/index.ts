import type { SourceFormat } from '../../places';
import { dataInclusion } from './data-inclusion';
import { lvaoCsv } from './lvao-csv';
import { mappedCsv, mappedGeoJson } from './mapped';
import { osmOverpass } from './osm-overpass';
import { sinoe } from './sinoe';
import type { Connector } from './types';

export const IMPORT_FORMATS = ['lvao-csv', 'data-inclusion', 'osm-overpass', 'sinoe', 'csv', 'geojson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const CONNECTORS: Record<ImportFormat, Connector> = {
  'lvao-csv': lvaoCsv,
  'data-inclusion': dataInclusion,
  'osm-overpass': osmOverpass,
  sinoe,
  csv: mappedCsv,
  geojson: mappedGeoJson,
};

export const isImportFormat = (format: string): format is ImportFormat =>
  (IMPORT_FORMATS as readonly string[]).includes(format);

export function connectorFor(format: SourceFormat | string): Connector {
  if (!isImportFormat(format)) throw new Error(`sources of format "${format}" cannot be imported`);
  return CONNECTORS[format];
}

/** Licence and attribution a new source of each format gets unless told otherwise. */
export const FORMAT_DEFAULTS: Record<
  ImportFormat,
  { licence: string | null; attribution: string | null; priority: number }
> = {
  'lvao-csv': { licence: 'Licence Ouverte 2.0 (Etalab)', attribution: 'ADEME — Longue vie aux objets', priority: 40 },
  'data-inclusion': { licence: 'Licence Ouverte 2.0 (Etalab)', attribution: 'data·inclusion', priority: 50 },
  'osm-overpass': { licence: 'ODbL 1.0', attribution: '© OpenStreetMap contributors', priority: 30 },
  sinoe: { licence: 'Licence Ouverte 2.0 (Etalab)', attribution: 'ADEME — SINOE', priority: 45 },
  csv: { licence: null, attribution: null, priority: 70 },
  geojson: { licence: null, attribution: null, priority: 70 },
};
