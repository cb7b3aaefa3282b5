import { readFileSync } from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point, polygon } from '@turf/helpers';
import { repoRoot } from '@reemploi/embedded-db';

/** A town position and its commune (null: outside the territory), from the generated commune areas. */
export interface Site {
  insee: string | null;
  lat: number;
  lng: number;
}

interface AreasFile {
  sites: Site[];
}

/** The generated approximate commune areas (scripts/commune-areas.mjs). */
export const COMMUNE_AREAS_FILE = () => path.join(repoRoot(), 'territories', 'cotentin-commune-areas.json');
const TERRITORY_FILE = () => path.join(repoRoot(), 'territories', 'cotentin.json');

// Distances on lng/lat with longitude scaled as at 49.5° N, as the areas were drawn (planar Voronoi).
const K = Math.cos((49.5 * Math.PI) / 180);
const CELL = 0.005; // degrees of latitude (~550 m); longitude cells are CELL / K wide
const MIXED = -1;
const RAD = Math.PI / 180;

/** Great-circle distance in km. */
export function kmBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const h =
    Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lng - a.lng) * RAD) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

let loaded: CommuneLookup | null = null;
/** The process's lookup, built on first use. */
export const communeLookup = () => (loaded ??= CommuneLookup.load());

/**
 * The commune a searched point is counted in: the commune whose approximate area (the Voronoi cell of its
 * nearest town position, inside the territory polygon) contains it; null outside the territory. Answered
 * from a grid built once: a cell wholly inside one area holds its commune, a cell on a border is worked
 * out exactly, so the answer is the one the demand map draws.
 */
export class CommuneLookup {
  private readonly west: number;
  private readonly south: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Per cell: index into `sites` + 1 (0: outside), or MIXED. */
  private readonly grid: Int16Array;

  constructor(
    private readonly sites: readonly Site[],
    private readonly outline: ReturnType<typeof polygon>,
  ) {
    const ring = outline.geometry.coordinates[0]!;
    this.west = Math.min(...ring.map((p) => p[0]!));
    this.south = Math.min(...ring.map((p) => p[1]!));
    this.cols = Math.ceil((Math.max(...ring.map((p) => p[0]!)) - this.west) / (CELL / K)) + 1;
    this.rows = Math.ceil((Math.max(...ring.map((p) => p[1]!)) - this.south) / CELL) + 1;
    this.grid = new Int16Array(this.cols * this.rows);
    for (let r = 0; r < this.rows; r += 1)
      for (let c = 0; c < this.cols; c += 1) {
        const lng0 = this.west + (c * CELL) / K;
        const lat0 = this.south + r * CELL;
        const corners = [
          [lng0, lat0],
          [lng0 + CELL / K, lat0],
          [lng0, lat0 + CELL],
          [lng0 + CELL / K, lat0 + CELL],
        ].map(([lng, lat]) => this.exact(lat!, lng!));
        // A cell is uniform when its corners agree: Voronoi cells are convex and the outline's edges are
        // longer than a cell, so a border crossing a cell changes the answer at one of its corners.
        this.grid[r * this.cols + c] = corners.every((v) => v === corners[0]) ? corners[0]! : MIXED;
      }
  }

  /** Built from territories/cotentin-commune-areas.json and the territory polygon. */
  static load(): CommuneLookup {
    const { sites } = JSON.parse(readFileSync(COMMUNE_AREAS_FILE(), 'utf8')) as AreasFile;
    const territory = JSON.parse(readFileSync(TERRITORY_FILE(), 'utf8')) as { polygon: { coordinates: number[][][] } };
    return new CommuneLookup(sites, polygon(territory.polygon.coordinates));
  }

  /** INSEE code of the commune the point is counted in, or null outside the territory. */
  at(p: { lat: number; lng: number }): string | null {
    const c = Math.floor(((p.lng - this.west) * K) / CELL);
    const r = Math.floor((p.lat - this.south) / CELL);
    if (c < 0 || r < 0 || c >= this.cols || r >= this.rows) return null;
    const v = this.grid[r * this.cols + c]!;
    const site = v === MIXED ? this.exact(p.lat, p.lng) : v;
    return site === 0 ? null : this.sites[site - 1]!.insee;
  }

  /** INSEE codes of the communes with a town position within `km` of one of the points (haversine). */
  communesNear(points: readonly { lat: number; lng: number }[], km: number): Set<string> {
    const near = new Set<string>();
    for (const site of this.sites) if (site.insee && points.some((p) => kmBetween(p, site) <= km)) near.add(site.insee);
    return near;
  }

  /** The answer worked out in full: outside the outline 0, else the nearest site's index + 1. */
  exact(lat: number, lng: number): number {
    if (!booleanPointInPolygon(point([lng, lat]), this.outline)) return 0;
    let best = 0;
    let bestD = Infinity;
    this.sites.forEach((s, i) => {
      const d = ((s.lng - lng) * K) ** 2 + (s.lat - lat) ** 2;
      if (d < bestD) [best, bestD] = [i + 1, d];
    });
    return best;
  }
}
