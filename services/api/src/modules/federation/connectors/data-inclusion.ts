import { placeLabelById } from '@reemploi/taxonomy';
import { isUrl } from './input';
import { jsonArrayItems, prop } from './json-items';
import type { ConnectorItem, ImportInput, PlaceKind, RawRecord } from './types';

const SIAE = ['aci', 'ai', 'ei', 'etti', 'eiti', 'ea', 'eatt', 'esat'];
const CHARITIES = ['secours-populaire', 'croix-rouge', 'restos-du-coeur', 'secours-catholique'];
const MAX_PAGES = 10_000;

function kindOf(networks: string[]): PlaceKind {
  if (networks.includes('ressourceries') || networks.includes('emmaus')) return 'RESSOURCERIE';
  if (networks.some((n) => SIAE.includes(n))) return 'INSERTION';
  if (networks.some((n) => CHARITIES.includes(n))) return 'CHARITY_SHOP';
  return 'OTHER';
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** One data·inclusion structure (schema v1) as a raw record. */
export function dataInclusionRecord(structure: unknown): RawRecord {
  if (!structure || typeof structure !== 'object') throw new Error('structure is not a JSON object');
  const networksValue = prop(structure, 'reseaux_porteurs');
  const typology = text(prop(structure, 'typologie'));
  const networks = [
    ...(Array.isArray(networksValue) ? networksValue.map((n) => String(n).toLowerCase()) : []),
    ...(typology ? [typology.toLowerCase()] : []),
  ];
  const source = text(prop(structure, 'source'));
  const id = text(prop(structure, 'id'));
  return {
    externalId: id ? (source ? `${source}:${id}` : id) : null,
    name: prop(structure, 'nom'),
    kind: kindOf(networks),
    description:
      prop(structure, 'description') ??
      prop(structure, 'presentation_detail') ??
      prop(structure, 'presentation_resume'),
    street: [text(prop(structure, 'adresse')), text(prop(structure, 'complement_adresse'))].filter(Boolean).join(', '),
    postcode: prop(structure, 'code_postal'),
    commune: prop(structure, 'commune'),
    inseeCode: prop(structure, 'code_insee'),
    lat: prop(structure, 'latitude'),
    lng: prop(structure, 'longitude'),
    phone: prop(structure, 'telephone'),
    email: prop(structure, 'courriel'),
    website: prop(structure, 'site_web'),
    siret: prop(structure, 'siret'),
    openingHours: prop(structure, 'horaires_accueil') ?? prop(structure, 'horaires_ouverture'),
    accessibility: prop(structure, 'accessibilite_lieu') ?? prop(structure, 'accessibilite'),
    labels: [...new Set(networks)].filter((n) => placeLabelById(n)),
    offers: [],
    url: text(prop(structure, 'lien_source')) ?? null,
  };
}

function toItem(line: number, value: unknown): ConnectorItem {
  try {
    return { line, record: dataInclusionRecord(value) };
  } catch (error) {
    return { line, externalId: text(prop(value, 'id')) ?? null, error: (error as Error).message };
  }
}

/** The next page's URL of a data·inclusion API answer (page numbers, `next` link or cursor), or null. */
export function nextPageUrl(current: string, body: unknown): string | null {
  const next = prop(body, 'next');
  if (typeof next === 'string' && next) return new URL(next, current).toString();
  const cursor = prop(body, 'next_cursor') ?? prop(body, 'cursor_next');
  const url = new URL(current);
  if (typeof cursor === 'string' && cursor) {
    url.searchParams.set('cursor', cursor);
    return url.toString();
  }
  const page = Number(prop(body, 'page'));
  const pages = Number(prop(body, 'pages'));
  if (Number.isInteger(page) && Number.isInteger(pages) && page < pages) {
    url.searchParams.set('page', String(page + 1));
    return url.toString();
  }
  return null;
}

/** data·inclusion structures: a JSON file (array, or `{items: […]}`), or the paginated REST API. */
export async function* dataInclusion(input: ImportInput): AsyncGenerator<ConnectorItem> {
  if (!isUrl(input.location) || !input.fetchJson) {
    for await (const { index, value } of jsonArrayItems(await input.open(), ['items', 'structures']))
      yield toItem(index, value);
    return;
  }
  let url: string | null = input.location;
  let line = 0;
  for (let page = 0; url && page < MAX_PAGES; page += 1) {
    const body = await input.fetchJson(url);
    const items = Array.isArray(body) ? body : prop(body, 'items');
    if (!Array.isArray(items)) throw new Error(`${url} did not answer a list of structures`);
    for (const item of items) yield toItem(++line, item);
    url = Array.isArray(body) ? null : nextPageUrl(url, body);
  }
}
