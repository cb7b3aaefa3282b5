import { jsonArrayItems, prop } from './json-items';
import { OfferBuilder } from './offers';
import type { Connector, ConnectorItem, OfferDraft, PlaceKind, RawRecord } from './types';

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors, ODbL 1.0';

/** OSM `recycling:<key>=yes` → LVAO sub-categories accepted there. */
const RECYCLING: Record<string, string[]> = {
  clothes: ['vetement'],
  shoes: ['chaussures'],
  textiles: ['vetement', 'linge_de_maison'],
  bags: ['maroquinerie'],
  glass_bottles: ['emballage_verre'],
  glass: ['emballage_verre'],
  paper: ['papiers_graphiques'],
  cardboard: ['emballage_carton'],
  plastic_packaging: ['emballage_plastique'],
  plastic_bottles: ['bouteilles_plastique'],
  cans: ['emballage_metal'],
  batteries: ['batteries_et_piles_portables'],
  car_batteries: ['batterie_de_voitures_pour_demarrage'],
  small_appliances: ['petit_electromenager'],
  electrical_appliances: ['petit_electromenager', 'gros_electromenager_hors_refrigerant'],
  white_goods: ['gros_electromenager_hors_refrigerant'],
  fridge_and_freezer: ['gros_electromenager_refrigerant'],
  computers: ['materiel_informatique'],
  mobile_phones: ['smartphone_tablette_et_console'],
  tv_monitor: ['ecran'],
  printer_cartridges: ['cartouches'],
  toner_cartridges: ['cartouches'],
  light_bulbs: ['ampoule'],
  low_energy_bulbs: ['ampoule'],
  fluorescent_tubes: ['ampoule'],
  furniture: ['meuble'],
  green_waste: ['dechets_verts'],
  garden_waste: ['dechets_verts'],
  wood: ['bois_pmcb_produits_et_materiaux_de_construction_du_batiment'],
  scrap_metal: ['metal_pmcb_produits_et_materiaux_de_construction_du_batiment'],
  rubble: ['melange_d_inertes_produits_et_materiaux_de_construction_du_batiment'],
  plasterboard: ['platre_pmcb_produits_et_materiaux_de_construction_du_batiment'],
  engine_oil: ['huiles_lubrifiantes'],
  tyres: ['pneu'],
  paint: ['dechets_de_peintures_vernis_encres_et_colles_produits_chimiques'],
  hazardous_waste: ['dechets_de_produits_chimiques'],
  books: ['livre'],
  toys: ['jouet'],
  bicycles: ['velo'],
  corks: ['bouchons_en_liege'],
};

type Tags = Record<string, string>;

function recyclingSubcategories(tags: Tags): string[] {
  return Object.entries(tags)
    .filter(([key, value]) => key.startsWith('recycling:') && value === 'yes')
    .flatMap(([key]) => RECYCLING[key.slice('recycling:'.length)] ?? []);
}

/** Kind, offers and a fallback name from the tags; null when the element is not a reuse place. */
export function classifyOsm(tags: Tags): { kind: PlaceKind; offers: OfferDraft[]; fallbackName: string } | null {
  const offers = new OfferBuilder();
  const bare = (action: OfferDraft['action']): OfferDraft => ({ action, subcategories: [] });
  if (tags.amenity === 'recycling') {
    const subs = recyclingSubcategories(tags);
    offers.add('DROP_OFF', subs);
    const built = offers.build();
    if (tags.recycling_type === 'centre')
      return {
        kind: 'RECYCLING_CENTRE',
        offers: built.length ? built : [bare('DROP_OFF')],
        fallbackName: 'Déchèterie',
      };
    const textile = subs.includes('vetement') || subs.includes('chaussures');
    return {
      kind: 'COLLECTION_POINT',
      offers: built.length ? built : [bare('DROP_OFF')],
      fallbackName: textile ? 'Borne textile' : 'Point d’apport volontaire',
    };
  }
  if (tags.repair_cafe === 'yes' || tags.repair === 'assisted_self_service')
    return { kind: 'REPAIR_CAFE', offers: [bare('REPAIR')], fallbackName: 'Repair café' };
  if (tags.shop === 'charity')
    return { kind: 'CHARITY_SHOP', offers: [bare('DONATE'), bare('BUY')], fallbackName: 'Boutique solidaire' };
  if (tags.shop === 'second_hand' || tags.second_hand === 'only')
    return { kind: 'SECOND_HAND_SHOP', offers: [bare('BUY'), bare('SELL')], fallbackName: 'Dépôt-vente' };
  if (tags.shop === 'repair' || tags.craft === 'electronics_repair' || tags.craft === 'shoemaker')
    return { kind: 'REPAIRER', offers: [bare('REPAIR')], fallbackName: 'Réparateur' };
  if (tags.amenity === 'give_box')
    return { kind: 'SHARING', offers: [bare('DONATE'), bare('EXCHANGE')], fallbackName: 'Boîte à dons' };
  if (tags.amenity === 'public_bookcase') {
    offers.add('DONATE', ['livre']);
    offers.add('EXCHANGE', ['livre']);
    return { kind: 'SHARING', offers: offers.build(), fallbackName: 'Boîte à livres' };
  }
  return null;
}

function center(element: unknown): { lat: unknown; lng: unknown } {
  if (prop(element, 'type') === 'node') return { lat: prop(element, 'lat'), lng: prop(element, 'lon') };
  const c = prop(element, 'center');
  if (c) return { lat: prop(c, 'lat'), lng: prop(c, 'lon') };
  const geometry = prop(element, 'geometry');
  if (Array.isArray(geometry) && geometry.length > 0) {
    const points = geometry.map((p) => ({ lat: Number(prop(p, 'lat')), lon: Number(prop(p, 'lon')) }));
    return {
      lat: points.reduce((s, p) => s + p.lat, 0) / points.length,
      lng: points.reduce((s, p) => s + p.lon, 0) / points.length,
    };
  }
  return { lat: undefined, lng: undefined };
}

function toItem(line: number, element: unknown): ConnectorItem | null {
  const type = String(prop(element, 'type') ?? '');
  const id = String(prop(element, 'id') ?? '');
  const externalId = type && id ? `${type}/${id}` : null;
  const tagsValue = prop(element, 'tags');
  if (!tagsValue || typeof tagsValue !== 'object') return null; // untagged way nodes: geometry only
  const tags = Object.fromEntries(
    Object.entries(tagsValue as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
  ) as Tags;
  const classified = classifyOsm(tags);
  if (!classified)
    return {
      line,
      externalId,
      code: 'NOT_A_REUSE_PLACE',
      error: 'not a reuse place (no recycling, second-hand, charity, repair or give-box tag)',
    };
  const { lat, lng } = center(element);
  if (lat === undefined && type !== 'node')
    return {
      line,
      externalId,
      code: 'LOCATION_MISSING',
      error: `${type} without a center: query Overpass with "out center"`,
    };
  const record: RawRecord = {
    externalId,
    name: tags.name ?? tags.operator ?? classified.fallbackName,
    kind: classified.kind,
    description: tags.description,
    street: [tags['addr:housenumber'], tags['addr:street']].filter(Boolean).join(' '),
    postcode: tags['addr:postcode'],
    commune: tags['addr:city'],
    lat,
    lng,
    phone: tags.phone ?? tags['contact:phone'],
    email: tags.email ?? tags['contact:email'],
    website: tags.website ?? tags['contact:website'],
    openingHours: tags.opening_hours,
    offers: classified.offers,
    labels: [],
    accessibility: tags.wheelchair
      ? `Accès en fauteuil roulant : ${tags.wheelchair === 'yes' ? 'oui' : tags.wheelchair === 'limited' ? 'limité' : 'non'}`
      : undefined,
    attribution: OSM_ATTRIBUTION,
    url: externalId ? `https://www.openstreetmap.org/${externalId}` : null,
  };
  return { line, record };
}

/** Overpass API JSON (`[out:json]`, nodes and ways with `out center`). */
export const osmOverpass: Connector = async function* (input) {
  for await (const { index, value } of jsonArrayItems(await input.open(), ['elements'])) {
    const item = toItem(index, value);
    if (item) yield item;
  }
};
