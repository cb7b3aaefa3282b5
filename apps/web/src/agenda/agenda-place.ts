import townsData from '../data/towns.json';

interface Town {
  name: string;
  commune: string;
  lat: number;
  lng: number;
}

/** What an agenda page is of: a commune by INSEE code, or a town of the Cotentin list around its centre. */
export type AgendaScope =
  | { kind: 'insee'; inseeCode: string; label: string }
  | { kind: 'town'; label: string; near: { lat: number; lng: number }; radiusKm: number };

const INSEE = /^(\d{5}|2[AB]\d{3})$/;
/** Around a town's centre: its commune and the next villages (communes nouvelles are wide). */
const TOWN_RADIUS_KM = 10;

export const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `/agenda/<commune>`: an INSEE code, or the name of a commune or former commune as a slug. */
export function agendaScope(param: string): AgendaScope | null {
  const value = decodeURIComponent(param);
  if (INSEE.test(value)) return { kind: 'insee', inseeCode: value, label: value };
  const towns = (townsData as { towns: Town[] }).towns;
  const slug = slugOf(value);
  const town = towns.find((t) => slugOf(t.commune) === slug) ?? towns.find((t) => slugOf(t.name) === slug);
  if (!town) return null;
  const label = slugOf(town.commune) === slug ? town.commune : town.name;
  return { kind: 'town', label, near: { lat: town.lat, lng: town.lng }, radiusKm: TOWN_RADIUS_KM };
}
