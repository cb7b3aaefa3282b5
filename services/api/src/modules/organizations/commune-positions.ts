import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import { communeKey } from './network-index';

export interface Point {
  lat: number;
  lng: number;
}

/** A town of commune-positions.json: today's commune or a former one, with its commune's INSEE code. */
export interface Town extends Point {
  name: string;
  commune: string;
  insee: string;
}

/**
 * Where communes are, for the network's gaps within 30 km. A commune (name, any case, or INSEE code) has the
 * points of all its towns (Cherbourg-en-Cotentin: its five former communes); a former commune its own.
 */
export class CommunePositions {
  private readonly points = new Map<string, Point[]>();

  constructor(towns: readonly Town[]) {
    for (const town of towns)
      for (const key of new Set([communeKey(town.commune), town.insee, communeKey(town.name)])) {
        const list = this.points.get(key) ?? [];
        list.push({ lat: town.lat, lng: town.lng });
        this.points.set(key, list);
      }
  }

  /** The commune's known points ([] when it has no position). */
  of(commune: string): readonly Point[] {
    return this.points.get(communeKey(commune)) ?? [];
  }
}

let positions: CommunePositions | null = null;

/** The positions shipped with the module (commune-positions.json), read once. */
export function communePositions(): CommunePositions {
  if (!positions) {
    const file = path.join(repoRoot(), 'services', 'api', 'src', 'modules', 'organizations', 'commune-positions.json');
    positions = new CommunePositions((JSON.parse(readFileSync(file, 'utf8')) as { towns: Town[] }).towns);
  }
  return positions;
}
