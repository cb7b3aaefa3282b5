import { COMMUNE_AREAS } from '../admin/insights/commune-areas';
import type { ValuedAreas } from '../map/ChoroplethMap';
import type { Gap } from './network-csv';

/**
 * The collectivity's gaps map (GapsMap.tsx): its communes (their administrative outlines, the file the
 * back-office demand map draws) coloured by how many competences are missing within 30 km, or whether one
 * chosen competence is. Loaded with the map only (the outlines are ~140 KB).
 */

/** Lower bounds of the classes of « competences missing »: none, 1, 2–3, 4 or more. */
export const MISSING_FROM = [0, 1, 2, 4] as const;
export const MISSING_COLORS = ['#e4efe0', '#f6c88a', '#e0803f', '#a63a22'] as const;
/** One chosen competence: offered within 30 km, or missing. */
export const ONE_FROM = [0, 1] as const;
export const ONE_COLORS = [MISSING_COLORS[0], MISSING_COLORS[3]] as const;
/** Communes of unknown position: the gaps do not judge them. */
export const UNKNOWN_COLOR = '#c9ccc9';

export interface GapMapRow {
  insee: string;
  name: string;
  /** null: position unknown, not judged. */
  missing: string[] | null;
}

const key = (name: string) => name.normalize('NFC').toLocaleLowerCase('fr');

/**
 * One row per commune of the territory (in its order), with the labels of the competences missing there
 * (all of them, or only `competence` when one is chosen).
 */
export function gapMapRows(
  communes: readonly { insee: string; name: string }[],
  gaps: readonly Gap[],
  unlocated: readonly string[],
  competence: string | null,
): GapMapRow[] {
  const missing = new Map<string, string[]>();
  for (const gap of gaps)
    if (!competence || gap.competence.code === competence)
      for (const c of gap.communes)
        missing.set(key(c.commune), [...(missing.get(key(c.commune)) ?? []), gap.competence.label]);
  const unknown = new Set(unlocated.map(key));
  return communes.map((c) => ({
    insee: c.insee,
    name: c.name,
    missing: unknown.has(key(c.name)) || unknown.has(c.insee) ? null : (missing.get(key(c.name)) ?? []),
  }));
}

/** The outlines of the rows' communes, each with the value to colour by (-1: position unknown). */
export function gapAreas(rows: readonly GapMapRow[]): ValuedAreas & {
  features: { properties: { insee: string; name: string; value: number } }[];
} {
  const value = new Map(rows.map((r) => [r.insee, r.missing ? r.missing.length : -1]));
  return {
    type: 'FeatureCollection',
    features: COMMUNE_AREAS.features
      .filter((f) => value.has(f.properties.insee))
      .map((f) => ({
        type: 'Feature' as const,
        geometry: f.geometry,
        properties: { insee: f.properties.insee, name: f.properties.name, value: value.get(f.properties.insee)! },
      })),
  };
}

/** The other communes of the territory, drawn uncoloured around the collectivity's. */
export function contextAreas(rows: readonly GapMapRow[]) {
  const mine = new Set(rows.map((r) => r.insee));
  return {
    type: 'FeatureCollection' as const,
    features: COMMUNE_AREAS.features
      .filter((f) => !mine.has(f.properties.insee))
      .map((f) => ({ type: 'Feature' as const, geometry: f.geometry, properties: {} })),
  };
}
