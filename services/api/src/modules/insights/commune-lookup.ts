import { readFileSync } from 'node:fs';
import path from 'node:path';
import { haversineMeters } from '@reemploi/directory';
import { repoRoot } from '@reemploi/embedded-db';

/** A commune of the territory: its outline (rings of [lng, lat]) and centre, from the generated file. */
export interface CommuneArea {
  insee: string;
  name: string;
  lat: number;
  lng: number;
  /** Polygons, each an outer ring then its holes. */
  polygons: number[][][][];
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
}

interface AreasFile {
  features: {
    properties: { insee: string; name: string; lat: number; lng: number };
    geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
  }[];
}

/** The communes' outlines (scripts/commune-contours.mjs, `pnpm contours:communes`). */
export const COMMUNE_AREAS_FILE = () => path.join(repoRoot(), 'territories', 'cotentin-commune-areas.json');

// Distances on lng/lat with longitude scaled as at 49.5° N (~1 % off across the territory).
const K = Math.cos((49.5 * Math.PI) / 180);
const CELL = 0.005; // degrees of latitude (~550 m); longitude cells are CELL / K wide
/** A point outside every outline but this close to one (degrees of latitude, ~100 m) counts in it. */
const EDGE_SLACK = 0.0009;
const MIXED = -1;

/** Even-odd rule over a polygon's rings (the outer ring and its holes). */
function inPolygon(rings: readonly number[][][], lng: number, lat: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

/** Squared distance, in scaled degrees, from a point to a segment. */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t =
    dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
}

let loaded: CommuneLookup | null = null;
/** The process's lookup, built on first use. */
export const communeLookup = () => (loaded ??= CommuneLookup.load());

/**
 * The commune a searched point is counted in: the commune whose outline holds it (or lies within ~100 m of
 * it: the simplified outlines of two neighbours can leave a thin gap between them, and a point on the shore
 * belongs to its commune); null outside the territory. Answered from a grid built once: a cell that no
 * outline crosses holds its commune, a cell an outline crosses is worked out exactly, so the answer is the
 * one the demand map draws.
 */
export class CommuneLookup {
  private readonly west: number;
  private readonly south: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Per cell: index into `areas` + 1 (0: outside), or MIXED. */
  private readonly grid: Int16Array;

  constructor(readonly areas: readonly CommuneArea[]) {
    this.west = Math.min(...areas.map((a) => a.bbox[0])) - 2 * CELL;
    this.south = Math.min(...areas.map((a) => a.bbox[1])) - 2 * CELL;
    this.cols = Math.ceil((Math.max(...areas.map((a) => a.bbox[2])) + 2 * CELL - this.west) / (CELL / K)) + 1;
    this.rows = Math.ceil((Math.max(...areas.map((a) => a.bbox[3])) + 2 * CELL - this.south) / CELL) + 1;
    this.grid = new Int16Array(this.cols * this.rows);
    // Every cell within one cell of an outline is MIXED: points along each edge, a quarter cell apart, mark
    // their cell and its eight neighbours. A cell an edge crosses has such a point in it or next to it;
    // the slack around outlines (~100 m) is well inside one cell.
    const mixed = new Uint8Array(this.cols * this.rows);
    for (const area of areas)
      for (const polygon of area.polygons)
        for (const ring of polygon)
          for (let i = 1; i < ring.length; i += 1) {
            const [ax, ay] = ring[i - 1] as [number, number];
            const [bx, by] = ring[i] as [number, number];
            const steps = Math.ceil(Math.hypot((bx - ax) * K, by - ay) / (CELL / 4)) + 1;
            for (let s = 0; s <= steps; s += 1) {
              const c = this.colOf(ax + ((bx - ax) * s) / steps);
              const r = this.rowOf(ay + ((by - ay) * s) / steps);
              for (let dr = -1; dr <= 1; dr += 1)
                for (let dc = -1; dc <= 1; dc += 1)
                  if (r + dr >= 0 && r + dr < this.rows && c + dc >= 0 && c + dc < this.cols)
                    mixed[(r + dr) * this.cols + c + dc] = 1;
            }
          }
    for (let r = 0; r < this.rows; r += 1)
      for (let c = 0; c < this.cols; c += 1) {
        const i = r * this.cols + c;
        this.grid[i] = mixed[i] ? MIXED : this.exact(this.south + (r + 0.5) * CELL, this.west + ((c + 0.5) * CELL) / K);
      }
  }

  private colOf(lng: number): number {
    return Math.floor(((lng - this.west) * K) / CELL);
  }

  private rowOf(lat: number): number {
    return Math.floor((lat - this.south) / CELL);
  }

  /** Built from territories/cotentin-commune-areas.json. */
  static load(file: string = COMMUNE_AREAS_FILE()): CommuneLookup {
    const { features } = JSON.parse(readFileSync(file, 'utf8')) as AreasFile;
    return new CommuneLookup(
      features.map(({ properties: p, geometry: g }) => {
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        const outer = polygons.flatMap((poly) => poly[0]!);
        const lngs = outer.map((q) => q[0]!);
        const lats = outer.map((q) => q[1]!);
        return {
          insee: p.insee,
          name: p.name,
          lat: p.lat,
          lng: p.lng,
          polygons,
          bbox: [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)],
        };
      }),
    );
  }

  /** INSEE code of the commune the point is counted in, or null outside the territory. */
  at(p: { lat: number; lng: number }): string | null {
    const c = this.colOf(p.lng);
    const r = this.rowOf(p.lat);
    if (c < 0 || r < 0 || c >= this.cols || r >= this.rows) return null;
    const v = this.grid[r * this.cols + c]!;
    const found = v === MIXED ? this.exact(p.lat, p.lng) : v;
    return found === 0 ? null : this.areas[found - 1]!.insee;
  }

  /** INSEE codes of the communes whose centre is within `km` of one of the points (haversine). */
  communesNear(points: readonly { lat: number; lng: number }[], km: number): Set<string> {
    const near = new Set<string>();
    for (const area of this.areas) if (points.some((p) => haversineMeters(p, area) <= km * 1000)) near.add(area.insee);
    return near;
  }

  /** The answer worked out in full: the index + 1 of the outline holding the point, else of one within the slack, else 0. */
  exact(lat: number, lng: number): number {
    let nearest = 0;
    let nearestD2 = EDGE_SLACK ** 2;
    for (let i = 0; i < this.areas.length; i += 1) {
      const { bbox, polygons } = this.areas[i]!;
      if (lng < bbox[0] - EDGE_SLACK / K || lng > bbox[2] + EDGE_SLACK / K) continue;
      if (lat < bbox[1] - EDGE_SLACK || lat > bbox[3] + EDGE_SLACK) continue;
      for (const rings of polygons) {
        if (inPolygon(rings, lng, lat)) return i + 1;
        for (const ring of rings)
          for (let j = 1; j < ring.length; j += 1) {
            const d2 = segmentDistance2(
              lng * K,
              lat,
              ring[j - 1]![0]! * K,
              ring[j - 1]![1]!,
              ring[j]![0]! * K,
              ring[j]![1]!,
            );
            if (d2 < nearestD2) [nearest, nearestD2] = [i + 1, d2];
          }
      }
    }
    return nearest;
  }
}
