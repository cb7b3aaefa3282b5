import type { SourceFormat } from '../../places';
import { dataInclusion } from './data-inclusion';
import { dataFairSourceOptionsSchema } from './data-fair';
import { ecoOrganismes, ecoOrganismesOptionsSchema } from './eco-organismes';
import { lvaoCsv } from './lvao-csv';
import { mappedCsv, mappedGeoJson } from './mapped';
import { osmOverpass } from './osm-overpass';
import { repairEvents } from './repair-events';
import { reparacteurs } from './reparacteurs';
import { sinoe } from './sinoe';
import type { Connector } from './types';

export const IMPORT_FORMATS = [
  'lvao-csv',
  'data-inclusion',
  'osm-overpass',
  'sinoe',
  'eco-organismes',
  'reparacteurs',
  'repair-events',
  'csv',
  'geojson',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const CONNECTORS: Record<ImportFormat, Connector> = {
  'lvao-csv': lvaoCsv,
  'data-inclusion': dataInclusion,
  'osm-overpass': osmOverpass,
  sinoe,
  'eco-organismes': ecoOrganismes,
  reparacteurs,
  'repair-events': repairEvents,
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
  // The licence each dataset declares replaces this at its first run (eco-organismes.ts).
  'eco-organismes': { licence: null, attribution: 'ADEME — points de collecte des éco-organismes', priority: 35 },
  reparacteurs: {
    licence: 'Licence Ouverte 2.0 (Etalab)',
    attribution: 'CMA France — Répar’Acteurs',
    priority: 45,
  },
  'repair-events': { licence: 'CC BY-SA 4.0', attribution: 'Restarters.net (The Restart Project)', priority: 35 },
  csv: { licence: null, attribution: null, priority: 70 },
  geojson: { licence: null, attribution: null, priority: 70 },
};

/** The schema of a format's options (Source.options), null for a format that takes none. */
export function sourceOptionsSchema(format: ImportFormat) {
  if (format === 'eco-organismes') return ecoOrganismesOptionsSchema;
  if (format === 'lvao-csv' || format === 'sinoe') return dataFairSourceOptionsSchema;
  return null;
}

/** Validates a source's format-specific options (Source.options): null for a format that takes none. */
export function parseSourceOptions(format: ImportFormat, options: unknown): Record<string, unknown> | null {
  if (options === null || options === undefined) return null;
  const schema = sourceOptionsSchema(format);
  if (!schema) throw new Error(`sources of format "${format}" take no options`);
  return schema.parse(options);
}
