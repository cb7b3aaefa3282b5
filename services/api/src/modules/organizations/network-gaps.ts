import { haversineMeters } from '@reemploi/directory';
import type { CommunePositions, Point } from './commune-positions';
import { communeKey } from './network-index';

/** Issue 14: a competence is missing near a commune when no structure offers it within this distance. */
export const GAP_RADIUS_KM = 30;

/** What a structure covers: each competence's communes (already widened to its territory) and its places. */
export interface Coverage {
  competences: readonly { code: string; communes: readonly string[] }[];
  places: readonly Point[];
}

export interface GapCommune {
  /** As the territory names it. */
  commune: string;
  /** Mean of the commune's known points. */
  position: Point;
  /** Km from the commune to the nearest point where the competence is offered; null when there is none. */
  nearestKm: number | null;
}

export interface NetworkGap {
  code: string;
  communes: GapCommune[];
}

const mean = (points: readonly Point[]): Point | null =>
  points.length
    ? {
        lat: points.reduce((sum, p) => sum + p.lat, 0) / points.length,
        lng: points.reduce((sum, p) => sum + p.lng, 0) / points.length,
      }
    : null;

/** Where each competence is offered: the communes structures name (by key) and the points they stand for. */
function offeredWhere(structures: readonly Coverage[], positions: CommunePositions) {
  const where = new Map<string, { communes: Set<string>; points: Map<string, Point> }>();
  for (const s of structures)
    for (const c of s.competences) {
      const entry = where.get(c.code) ?? { communes: new Set(), points: new Map() };
      where.set(c.code, entry);
      const points = [...s.places, ...c.communes.flatMap((commune) => positions.of(commune))];
      for (const commune of c.communes) entry.communes.add(communeKey(commune));
      for (const p of points) entry.points.set(`${p.lat},${p.lng}`, p);
    }
  return where;
}

/**
 * For each competence, the communes of `territory` where no structure offers it within `radiusKm`: a
 * structure offers a competence in the communes it names for it (its territory when it names none) and at
 * its published places; a commune is covered when it is named, or when one of its points lies within the
 * radius of a commune or place where the competence is offered. A commune of unknown position and not named
 * is never a gap: it cannot be judged (communesWithoutPosition lists it). Competences missing nowhere are left out.
 */
export function findGaps(
  territory: readonly string[],
  codes: readonly string[],
  structures: readonly Coverage[],
  positions: CommunePositions,
  radiusKm = GAP_RADIUS_KM,
): NetworkGap[] {
  const where = offeredWhere(structures, positions);
  const gaps: NetworkGap[] = [];
  for (const code of codes) {
    const offered = where.get(code);
    const offeredPoints = [...(offered?.points.values() ?? [])];
    const communes: GapCommune[] = [];
    for (const commune of territory) {
      if (offered?.communes.has(communeKey(commune))) continue;
      const own = positions.of(commune);
      // Without a position it cannot be judged by distance: not a gap (communesWithoutPosition lists it).
      if (!own.length) continue;
      let nearest = Infinity;
      // A covered commune stops at the first point within reach; a missing one needs its nearest offer.
      reach: for (const a of own)
        for (const b of offeredPoints) {
          nearest = Math.min(nearest, haversineMeters(a, b) / 1000);
          if (nearest <= radiusKm) break reach;
        }
      if (nearest <= radiusKm) continue;
      communes.push({
        commune,
        position: mean(own)!,
        nearestKm: Number.isFinite(nearest) ? Math.round(nearest * 10) / 10 : null,
      });
    }
    if (communes.length) gaps.push({ code, communes });
  }
  return gaps;
}

/** The communes of `territory` whose position is unknown: the gaps do not judge them by distance. */
export const communesWithoutPosition = (territory: readonly string[], positions: CommunePositions): string[] =>
  territory.filter((commune) => positions.of(commune).length === 0);
