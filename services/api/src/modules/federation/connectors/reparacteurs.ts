import { isUrl } from './input';
import { jsonArrayItems, prop } from './json-items';
import { OfferBuilder } from './offers';
import type { Connector, ConnectorItem, ImportInput, RawRecord } from './types';

/**
 * Craft repairers of the Chambres de métiers et de l'artisanat's "Répar'Acteurs" network, from CMA France's
 * open-data API (`https://apiopendata.artisanat.fr/reparacteur`): pages of `{ total_entries, data: [...] }`
 * asked for with `page` (from 1) and `page_size`. Each entry names its trade three ways: the categories the
 * artisan declared (`categorie`, `categorie_2`, `categorie_3`), its NAFA code (the
 * crafts' NAF, "95.23ZZ") and its `activite` in words; the declared categories win, the others fill in.
 */
const PAGE_SIZE = 100;
const MAX_PAGES = 5_000;

/** Répar'Acteurs declared categories (accent-free, lowercase) → LVAO sub-categories repaired. */
const CATEGORIES: [RegExp, string[]][] = [
  [
    /ameublement|meuble|fauteuil|canape/,
    ['meuble', 'sieges_elements_d_ameublement', 'decorations_textiles_elements_d_ameublement'],
  ],
  [/sport|\bcycles?\b/, ['materiel_de_sport_hors_velo', 'velo']],
  [/bijou|montre|horlog/, ['bijou_et_montre']],
  [/chaussure|maroquin/, ['chaussures', 'maroquinerie']],
  [/electromenager/, ['gros_electromenager_hors_refrigerant', 'petit_electromenager']],
  [/jardin|bricolage/, ['outil_de_bricolage_et_jardinage', 'machines_et_appareils_motorises_thermiques']],
  [/instrument/, ['instrument_de_musique']],
  [/multimedia|image et son|\btele(s|vision)|hi-?fi/, ['ecran', 'materiel_hifi_et_video']],
  [/ordinateur|informatique|tablette|objets connectes/, ['materiel_informatique', 'smartphone_tablette_et_console']],
  [/telephone|smartphone/, ['smartphone_tablette_et_console']],
  [/vetement|textile/, ['vetement', 'linge_de_maison']],
];

/** NAF/NAFA classes (4 digits) of repair trades → LVAO sub-categories. */
const NAFA_CLASSES: Record<string, string[]> = {
  '9511': ['materiel_informatique'],
  '9512': ['smartphone_tablette_et_console'],
  '9521': ['ecran', 'materiel_hifi_et_video', 'materiel_photo_et_cinema', 'autre_equipement_electronique'],
  '9522': [
    'gros_electromenager_hors_refrigerant',
    'petit_electromenager',
    'outil_de_bricolage_et_jardinage',
    'machines_et_appareils_motorises_thermiques',
  ],
  '9523': ['chaussures', 'maroquinerie'],
  '9524': ['meuble', 'sieges_elements_d_ameublement'],
  '9525': ['bijou_et_montre'],
  // Dressmakers and tailors are registered as makers of clothing; upholsterers and cabinet makers as furniture makers.
  '1413': ['vetement'],
  '1414': ['vetement'],
  '3109': ['meuble', 'sieges_elements_d_ameublement'],
  '3220': ['instrument_de_musique'],
};

/** Words of `activite` (accent-free, lowercase) → LVAO sub-categories, for 95.29 "other personal goods" and the rest. */
const TRADES: [RegExp, string[]][] = [
  [/cordonn/, ['chaussures', 'maroquinerie']],
  [/maroquin/, ['maroquinerie']],
  [/retouche|couture|couturi|tailleur/, ['vetement', 'linge_de_maison']],
  [/horlog|bijout|joaill/, ['bijou_et_montre']],
  [/\bcycles?\b|velo/, ['velo']], // "cycles", not "motocycles"
  [/ebenist|tapissi|meuble|siege/, ['meuble', 'sieges_elements_d_ameublement']],
  [/electromenager/, ['gros_electromenager_hors_refrigerant', 'petit_electromenager']],
  [/informatique|ordinateur/, ['materiel_informatique']],
  [/telephon|smartphone/, ['smartphone_tablette_et_console']],
  [/televis|hi-?fi|audiovisuel|radio/, ['ecran', 'materiel_hifi_et_video']],
  [/photo/, ['materiel_photo_et_cinema']],
  [/luthi|instrument|piano/, ['instrument_de_musique']],
  [/motoculture|tondeuse|outillage/, ['outil_de_bricolage_et_jardinage', 'machines_et_appareils_motorises_thermiques']],
  [/jouet/, ['jouet']],
  [/luminaire|lampe/, ['luminaire']],
];

const plain = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .toLowerCase();

const text = (value: unknown) =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;

function matching(table: [RegExp, string[]][], values: string[]): string[] {
  const found = new Set<string>();
  for (const value of values.map(plain))
    for (const [pattern, subs] of table) if (pattern.test(value)) subs.forEach((s) => found.add(s));
  return [...found];
}

/** The categories the artisan declared (up to three). */
const declaredCategories = (entry: object) =>
  ['categorie', 'categorie_2', 'categorie_3']
    .map((key) => text(prop(entry, key)))
    .filter((c): c is string => Boolean(c));

/** LVAO sub-categories an artisan repairs: its declared categories, else its NAFA class and its trade in words. */
export function reparacteurSubcategories(entry: object): string[] {
  const declared = matching(CATEGORIES, declaredCategories(entry));
  if (declared.length > 0) return declared;
  const nafa = (text(prop(entry, 'nafa')) ?? text(prop(entry, 'naf')) ?? '').replace(/[^0-9A-Za-z]/g, '');
  const byCode = NAFA_CLASSES[nafa.slice(0, 4)] ?? [];
  const trades = [prop(entry, 'activite'), prop(entry, 'activites_detaillees'), prop(entry, 'libelle_naf')]
    .map(text)
    .filter((t): t is string => Boolean(t));
  return [...new Set([...byCode, ...matching(TRADES, trades)])];
}

/** The artisan's website, else its social page (the normaliser adds the scheme the API often leaves out). */
const websiteOf = (entry: object) =>
  ['website', 'facebook', 'instagram'].map((key) => text(prop(entry, key))).find(Boolean);

/** The first of several coordinate fields with a value: the CMA's final pick, its own, then the BAN's. */
function firstGiven(entry: object, keys: string[]): unknown {
  for (const key of keys) {
    const value = prop(entry, key);
    if (value !== null && value !== undefined && String(value).trim() !== '') return value;
  }
  return undefined;
}

/** One Répar'Acteurs entry as a raw record. */
export function reparacteurRecord(entry: unknown): RawRecord {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new Error('entry is not a JSON object');
  const offers = new OfferBuilder();
  offers.add('REPAIR', reparacteurSubcategories(entry));
  const activity = text(prop(entry, 'activite'));
  const description = text(prop(entry, 'description'));
  return {
    externalId: text(prop(entry, 'id')) ?? null,
    name: prop(entry, 'nom'),
    kind: 'REPAIRER',
    description: description ?? (activity ? `${activity.charAt(0).toUpperCase()}${activity.slice(1)}.` : undefined),
    street: [text(prop(entry, 'adresse')), text(prop(entry, 'adresse_2'))].filter(Boolean).join(', '),
    postcode: prop(entry, 'code_postal'),
    commune: prop(entry, 'ville'),
    inseeCode: prop(entry, 'cog'),
    lat: firstGiven(entry, ['final_latitude', 'latitude', 'ban_latitude']),
    lng: firstGiven(entry, ['final_longitude', 'longitude', 'ban_longitude']),
    phone: prop(entry, 'telephone'),
    email: prop(entry, 'email'),
    website: websiteOf(entry),
    siret: prop(entry, 'siret'),
    openingHours: prop(entry, 'horaires'),
    offers: offers.build(),
    labels: ['reparacteur'],
    audience: 'PUBLIC',
  };
}

function toItem(line: number, entry: unknown): ConnectorItem {
  try {
    return { line, record: reparacteurRecord(entry) };
  } catch (error) {
    return { line, externalId: text(prop(entry, 'id')) ?? null, error: (error as Error).message };
  }
}

/** The URL of one page of the API: the source's own query (filters) kept, page and size set. */
export function reparacteursPageUrl(location: string, page: number): string {
  const url = new URL(location);
  if (!url.searchParams.has('page_size')) url.searchParams.set('page_size', String(PAGE_SIZE));
  url.searchParams.set('page', String(page));
  return url.toString();
}

/** CMA Répar'Acteurs: the paginated API, or a saved answer (`{ data: [...] }` or an array) as a file. */
export const reparacteurs: Connector = async function* (input: ImportInput) {
  if (!isUrl(input.location) || !input.fetchJson) {
    for await (const { index, value } of jsonArrayItems(await input.open(), ['data'])) yield toItem(index, value);
    return;
  }
  let line = 0;
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const url = reparacteursPageUrl(input.location, page);
    const body = await input.fetchJson(url);
    const entries = prop(body, 'data');
    if (!Array.isArray(entries)) throw new Error(`${url} did not answer a list of repairers ("data")`);
    for (const entry of entries) {
      line += 1;
      yield toItem(line, entry);
    }
    const total = Number(prop(body, 'total_entries'));
    if (entries.length === 0 || (Number.isFinite(total) && line >= total)) return;
  }
  throw new Error(`${input.location} has more than ${MAX_PAGES} pages`);
};
