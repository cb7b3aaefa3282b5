import townsData from '../data/towns.json';
import type { LatLng } from './search-state';

/** A place to search around: a town of the offline list or a geocoder answer. */
export interface LocationChoice {
  label: string;
  /** Merged commune or postcode, shown under the label. */
  detail: string;
  point: LatLng;
  /** Set for geocoder answers: the postal address, to fill a form (the back-office). */
  address?: GeocodedAddress;
}

export interface GeocodedAddress {
  /** "12 rue au Blé", or empty for a street-less answer (a commune). */
  street: string;
  postcode: string;
  commune: string;
  inseeCode: string;
  /** BAN answer type: housenumber, street, locality or municipality. */
  precision: 'housenumber' | 'street' | 'locality' | 'municipality';
}

interface Town {
  name: string;
  commune: string;
  lat: number;
  lng: number;
}

const formerTowns: Town[] = (townsData as { towns: Town[] }).towns;

/**
 * Communes nouvelles (Cherbourg-en-Cotentin, La Hague…) are offered as places of their own, located at their
 * first listed town (the seat), so typing the commune's name searches around the commune itself rather than
 * silently around one of its delegated communes.
 */
function mergedCommunes(list: Town[]): Town[] {
  const names = new Set(list.map((t) => t.name));
  const seats = new Map<string, Town>();
  for (const town of list) if (!names.has(town.commune) && !seats.has(town.commune)) seats.set(town.commune, town);
  return [...seats.values()].map((seat) => ({
    name: seat.commune,
    commune: seat.commune,
    lat: seat.lat,
    lng: seat.lng,
  }));
}

const towns: Town[] = [...mergedCommunes(formerTowns), ...formerTowns];
const isMergedCommune = (town: Town): boolean => town.name === town.commune;

/** Accent-, case- and punctuation-insensitive form for matching French place names. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .trim();
}

function townChoice(town: Town): LocationChoice {
  return {
    label: town.name,
    detail: town.commune !== town.name ? town.commune : '',
    point: { lat: town.lat, lng: town.lng },
  };
}

/** Towns whose name (or merged commune) starts with, then contains, the query. */
export function searchTowns(query: string, limit = 6): LocationChoice[] {
  const q = normalizeName(query);
  if (!q) return [];
  const scored = towns
    .map((town) => {
      const name = normalizeName(town.name);
      const commune = normalizeName(town.commune);
      const score = name.startsWith(q)
        ? 0
        : name.split(' ').some((w) => w.startsWith(q))
          ? 1
          : commune.includes(q)
            ? 2
            : name.includes(q)
              ? 3
              : -1;
      return { town, score };
    })
    .filter((s) => s.score >= 0)
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(isMergedCommune(b.town)) - Number(isMergedCommune(a.town)) ||
        a.town.name.localeCompare(b.town.name, 'fr'),
    );
  return scored.slice(0, limit).map((s) => townChoice(s.town));
}

/** The town with exactly this name (for shared links that only carry `where`). */
export function findTown(name: string): LocationChoice | null {
  const q = normalizeName(name);
  const town = towns.find((t) => normalizeName(t.name) === q) ?? towns.find((t) => normalizeName(t.commune) === q);
  return town ? townChoice(town) : null;
}

const COTENTIN_CENTRE: LatLng = { lat: 49.55, lng: -1.6 };

/** Géoplateforme (BAN) autocompletion; returns [] on any failure so the towns list still works. */
export async function geocode(geocoderUrl: string, query: string, signal?: AbortSignal): Promise<LocationChoice[]> {
  if (query.trim().length < 3) return [];
  const base = geocoderUrl.replace(/\/+$/, '');
  const url = new URL(/\/search$/.test(base) ? base : `${base}/search`, window.location.href);
  url.searchParams.set('q', query);
  url.searchParams.set('autocomplete', '1');
  url.searchParams.set('limit', '5');
  url.searchParams.set('lat', String(COTENTIN_CENTRE.lat));
  url.searchParams.set('lon', String(COTENTIN_CENTRE.lng));
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return [];
    const body = (await response.json()) as {
      features?: {
        geometry?: { coordinates?: [number, number] };
        properties?: {
          label?: string;
          postcode?: string;
          city?: string;
          citycode?: string;
          name?: string;
          type?: string;
        };
      }[];
    };
    return (body.features ?? []).flatMap((f) => {
      const [lng, lat] = f.geometry?.coordinates ?? [];
      const p = f.properties ?? {};
      if (typeof lat !== 'number' || typeof lng !== 'number' || !p.label) return [];
      const precision = (['housenumber', 'street', 'locality'] as const).find((t) => t === p.type) ?? 'municipality';
      return [
        {
          label: p.label,
          detail: [p.postcode, p.city].filter(Boolean).join(' '),
          point: { lat, lng },
          address: {
            street: precision === 'housenumber' || precision === 'street' ? (p.name ?? '') : '',
            postcode: p.postcode ?? '',
            commune: p.city ?? '',
            inseeCode: p.citycode ?? '',
            precision,
          },
        },
      ];
    });
  } catch {
    return [];
  }
}
