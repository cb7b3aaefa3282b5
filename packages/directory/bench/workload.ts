/**
 * The query mix shared by `pnpm bench:engine` and `pnpm bench:http`: where residents search from (near
 * cities, weighted by population), which action + sub-category filters they use, and which words they type.
 */
import type { BBox, DirectoryFilter, LatLng } from '../src/types';
import { FRENCH_CITIES, seededRandom } from './france-places';

export const NEAR_FILTERS: readonly DirectoryFilter[] = [
  { actions: ['DONATE'], subcategories: ['meuble'] },
  { actions: ['REPAIR'], subcategories: ['petit_electromenager'] },
  { actions: ['DROP_OFF'], subcategories: ['vetement', 'chaussures'] },
  { actions: ['BUY'], subcategories: ['velo'] },
  { actions: ['REPAIR'], subcategories: ['velo'] },
  { actions: ['DONATE', 'BUY'], subcategories: ['livre', 'jouet'] },
  { actions: ['DROP_OFF'], subcategories: ['gros_electromenager_refrigerant'] },
  { actions: ['REPAIR'], subcategories: ['smartphone_tablette_et_console'] },
];

/** Words residents type: kinds of places, objects, a commune, a typo; broad ones match tens of thousands. */
export const TEXTS: readonly string[] = [
  'ressourcerie',
  'repair cafe',
  'borne textile lyon',
  'meubles',
  'vetements bordeaux',
  'ressourcrie',
  'velo',
  'emmaus',
  'vaisselle',
  'cordonnerie',
  'dechetterie caen',
  'electromenager',
];

export const FRANCE_BBOX: BBox = { west: -5, south: 42, east: 8.5, north: 51.2 };

/** A deterministic stream of query inputs. */
export class Workload {
  private readonly rand: () => number;
  private readonly total: number;

  constructor(seed = 7) {
    this.rand = seededRandom(seed);
    this.total = FRENCH_CITIES.reduce((sum, c) => sum + Math.sqrt(c[3]), 0);
  }

  private city(): (typeof FRENCH_CITIES)[number] {
    // Searches come from where people live, flattened a little (square root of population).
    let r = this.rand() * this.total;
    for (const city of FRENCH_CITIES) if ((r -= Math.sqrt(city[3])) <= 0) return city;
    return FRENCH_CITIES[0]!;
  }

  point(): LatLng {
    const city = this.city();
    return { lat: city[1] + (this.rand() - 0.5) * 0.2, lng: city[2] + (this.rand() - 0.5) * 0.3 };
  }

  filter(): DirectoryFilter {
    return NEAR_FILTERS[Math.floor(this.rand() * NEAR_FILTERS.length)]!;
  }

  text(): string {
    return TEXTS[Math.floor(this.rand() * TEXTS.length)]!;
  }

  /** A ~9 × 9 km box on a city (what a phone map shows at zoom 13–14). */
  cityBox(): BBox {
    const [, lat, lng] = this.city();
    const dLat = (this.rand() - 0.5) * 0.04;
    const dLng = (this.rand() - 0.5) * 0.06;
    return { west: lng + dLng - 0.06, south: lat + dLat - 0.04, east: lng + dLng + 0.06, north: lat + dLat + 0.04 };
  }

  /** A ~100 × 100 km box (zoom 10 on a desktop screen). */
  regionBox(): BBox {
    const p = this.point();
    return { west: p.lng - 0.7, south: p.lat - 0.45, east: p.lng + 0.7, north: p.lat + 0.45 };
  }
}
