import areasFile from '../../../../../territories/cotentin-commune-areas.json';
import type { CommuneFigures } from './insights-admin-operations';

// The communes' administrative outlines (scripts/commune-contours.mjs, simplified to ~40 m): the API counts a
// searched point in the commune whose outline holds it, so the map and the counts agree.
type Geometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
interface Area<P> {
  type: 'Feature';
  properties: P;
  geometry: Geometry;
}
interface Areas<P> {
  type: 'FeatureCollection';
  features: Area<P>[];
}
type AreaProperties = { insee: string; name: string; lat: number; lng: number };
export const COMMUNE_AREAS = areasFile as unknown as Areas<AreaProperties>;

/** Which distance "nothing near" means on the map. */
export type Band = 'nothingWithin5Km' | 'nothingWithin15Km' | 'nothingWithin30Km';

/** Lower bounds of the colour classes of « searches that found nothing near ». */
export const CLASS_FROM = [0, 1, 10, 50, 200] as const;
export const CLASS_COLORS = ['#f4efe1', '#f6c88a', '#e8914a', '#c4532a', '#7f1f1a'] as const;
/** Communes under the display threshold (the API leaves them out): not coloured. */
export const HIDDEN_COLOR = '#d9dcd9';

/** The class of a count among classes given by their lower bounds: the index of the last bound it reaches. */
export const classAmong = (from: readonly number[], value: number) =>
  from.reduce<number>((found, bound, i) => (value >= bound ? i : found), 0);

/** The class (0…4) of a count, for the legend and the table. */
export const classOf = (value: number) => classAmong(CLASS_FROM, value);

export interface CommuneRow {
  insee: string;
  name: string;
  /** null: fewer than 5 searches, not shown. */
  figures: CommuneFigures | null;
}

/** One row per drawn commune, the most unmet first, then the hidden ones by name. */
export function communeRows(communes: readonly CommuneFigures[], band: Band): CommuneRow[] {
  const byInsee = new Map(communes.map((c) => [c.inseeCode, c]));
  return COMMUNE_AREAS.features
    .map((f) => ({
      insee: f.properties.insee,
      name: f.properties.name,
      figures: byInsee.get(f.properties.insee) ?? null,
    }))
    .sort(
      (a, b) =>
        (b.figures?.[band] ?? -1) - (a.figures?.[band] ?? -1) ||
        (b.figures?.searches ?? -1) - (a.figures?.searches ?? -1) ||
        a.name.localeCompare(b.name, 'fr'),
    );
}

/** The areas with the value to colour by (-1: hidden under the threshold). */
export function coloredAreas(rows: readonly CommuneRow[], band: Band): Areas<AreaProperties & { value: number }> {
  const value = new Map(rows.map((r) => [r.insee, r.figures ? r.figures[band] : -1]));
  return {
    type: 'FeatureCollection',
    features: COMMUNE_AREAS.features.map((f) => ({
      ...f,
      properties: { ...f.properties, value: value.get(f.properties.insee) ?? -1 },
    })),
  };
}
