// What OpenStreetMap tags mean for a reuse directory: the objects behind a shop type, a craft or a
// recycling flow, as LVAO sub-category codes (packages/taxonomy; a test checks every code exists), and
// the tag combinations the Overpass query selects. The classifier (osm-overpass.ts) and the query
// (overpass-query.ts) both read these tables, so what is fetched and what is understood cannot drift.

/** `recycling:<flow>=yes` → LVAO sub-categories accepted there. */
export const RECYCLING_FLOWS: Record<string, readonly string[]> = {
  clothes: ['vetement'],
  shoes: ['chaussures'],
  textiles: ['vetement', 'linge_de_maison'],
  bags: ['maroquinerie'],
  glass_bottles: ['emballage_verre'],
  glass: ['emballage_verre'],
  paper: ['papiers_graphiques'],
  newspaper: ['papiers_graphiques'],
  magazines: ['papiers_graphiques'],
  cardboard: ['emballage_carton'],
  paper_packaging: ['emballage_carton'],
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
  medicines: ['medicaments'],
};

/**
 * What a container collecting one family of flows is called (the name of an unnamed container); a
 * container taking several families is a "Point d’apport volontaire".
 */
export const CONTAINER_NAMES: readonly { name: string; flows: readonly string[] }[] = [
  { name: 'Conteneur textile', flows: ['clothes', 'shoes', 'textiles', 'bags'] },
  { name: 'Point de collecte du verre', flows: ['glass_bottles', 'glass'] },
  { name: 'Point de collecte du papier', flows: ['paper', 'newspaper', 'magazines'] },
  {
    name: 'Point de collecte des emballages',
    flows: ['cardboard', 'paper_packaging', 'plastic_packaging', 'plastic_bottles', 'cans'],
  },
  { name: 'Point de collecte des piles', flows: ['batteries'] },
  { name: 'Point de collecte des ampoules', flows: ['light_bulbs', 'low_energy_bulbs', 'fluorescent_tubes'] },
  { name: 'Point de collecte des cartouches', flows: ['printer_cartridges', 'toner_cartridges'] },
  {
    name: 'Point de collecte des appareils électriques',
    flows: ['small_appliances', 'electrical_appliances', 'computers', 'mobile_phones'],
  },
  { name: 'Point de collecte des livres', flows: ['books'] },
  { name: 'Point de collecte des bouchons en liège', flows: ['corks'] },
  { name: 'Point de collecte des déchets verts', flows: ['green_waste', 'garden_waste'] },
];

/** `shop=<type>` → the objects it deals in, for its second-hand, repair and rental offers. */
export const SHOP_GOODS: Record<string, readonly string[]> = {
  clothes: ['vetement'],
  shoes: ['chaussures'],
  bag: ['maroquinerie'],
  leather: ['maroquinerie'],
  jewelry: ['bijou_et_montre'],
  watches: ['bijou_et_montre'],
  books: ['livre'],
  music: ['cd_dvd_et_jeu_video'],
  video: ['cd_dvd_et_jeu_video'],
  video_games: ['cd_dvd_et_jeu_video'],
  musical_instrument: ['instrument_de_musique'],
  furniture: ['meuble'],
  antiques: ['meuble', 'decoration'],
  interior_decoration: ['decoration'],
  lighting: ['luminaire'],
  houseware: ['vaisselle'],
  bed: ['literie_elements_d_ameublement'],
  toys: ['jouet'],
  baby_goods: ['puericulture'],
  bicycle: ['velo'],
  sports: ['materiel_de_sport_hors_velo'],
  outdoor: ['materiel_de_sport_hors_velo'],
  computer: ['materiel_informatique'],
  mobile_phone: ['smartphone_tablette_et_console'],
  electronics: ['materiel_hifi_et_video', 'ecran', 'autre_equipement_electronique'],
  hifi: ['materiel_hifi_et_video'],
  camera: ['materiel_photo_et_cinema'],
  photo: ['materiel_photo_et_cinema'],
  appliance: ['petit_electromenager', 'gros_electromenager_hors_refrigerant'],
  doityourself: ['outil_de_bricolage_et_jardinage'],
  hardware: ['outil_de_bricolage_et_jardinage'],
  garden_machinery: ['machines_et_appareils_motorises_thermiques'],
  medical_supply: ['materiel_medical'],
  tyres: ['pneu'],
  stationery: ['papeterie'],
};

/**
 * `craft=<type>` of the crafts that repair objects → what residents call them (the name of an unnamed
 * one) and what they repair. Key cutters and jewellers are left out: they make, they do not repair.
 */
export const REPAIR_CRAFTS: Record<string, { name: string; goods: readonly string[] }> = {
  shoemaker: { name: 'Cordonnerie', goods: ['chaussures', 'maroquinerie'] },
  shoe_repair: { name: 'Cordonnerie', goods: ['chaussures', 'maroquinerie'] },
  tailor: { name: 'Retouches et couture', goods: ['vetement', 'linge_de_maison'] },
  dressmaker: { name: 'Retouches et couture', goods: ['vetement', 'linge_de_maison'] },
  watchmaker: { name: 'Horlogerie', goods: ['bijou_et_montre'] },
  clockmaker: { name: 'Horlogerie', goods: ['bijou_et_montre'] },
  electronics_repair: { name: 'Réparation d’appareils électroniques', goods: [] },
  upholsterer: {
    name: 'Tapisserie d’ameublement',
    goods: ['sieges_elements_d_ameublement', 'rembourres_d_assise_ou_de_couchage_elements_d_ameublement'],
  },
  bookbinder: { name: 'Reliure', goods: ['livre'] },
};

/** `electronics_repair=<list>` (what an electronics repairer takes) → sub-categories. */
export const ELECTRONICS_REPAIRED: Record<string, readonly string[]> = {
  computer: ['materiel_informatique'],
  phone: ['smartphone_tablette_et_console'],
  mobile_phone: ['smartphone_tablette_et_console'],
  smartphone: ['smartphone_tablette_et_console'],
  tablet: ['smartphone_tablette_et_console'],
  tv: ['ecran'],
  audio: ['materiel_hifi_et_video'],
  hifi: ['materiel_hifi_et_video'],
  camera: ['materiel_photo_et_cinema'],
  appliance: ['petit_electromenager', 'gros_electromenager_hors_refrigerant'],
  household_appliances: ['petit_electromenager', 'gros_electromenager_hors_refrigerant'],
};

/** `<object>:repair=yes` on any shop or craft → what it repairs. */
export const REPAIR_KEYS: Record<string, readonly string[]> = {
  'service:bicycle:repair': ['velo'],
  'bicycle:repair': ['velo'],
  'clothes:repair': ['vetement'],
  'shoes:repair': ['chaussures'],
  'furniture:repair': ['meuble'],
  'computer:repair': ['materiel_informatique'],
  'mobile_phone:repair': ['smartphone_tablette_et_console'],
  'electronics:repair': ['autre_equipement_electronique'],
  'watch:repair': ['bijou_et_montre'],
};

/** `rental=<list>` on shop=rental: only what a reuse directory lists (tools, bicycles), not cars or skis. */
export const RENTED_GOODS: Record<string, { name: string; goods: readonly string[] }> = {
  tools: { name: 'Location d’outils', goods: ['outil_de_bricolage_et_jardinage'] },
  bicycle: { name: 'Location de vélos', goods: ['velo'] },
  ebike: { name: 'Location de vélos', goods: ['velo'] },
};

/** `amenity=<type>` of the sharing places (each with its own offers, see osm-overpass.ts). */
export const SHARING_AMENITIES = [
  'give_box',
  'public_bookcase',
  'toy_library',
  'bicycle_repair_station',
  'workshop',
  'repair_cafe',
] as const;

/** `shop=<type>` that are reuse places whatever their other tags. */
export const REUSE_SHOPS = ['charity', 'second_hand', 'antiques', 'repair', 'tool_hire'] as const;

/**
 * One condition on a tag: the key is present (no `values`), has one of `values`, or (`list`) is a
 * `;`-separated list containing one of them.
 */
export interface TagCondition {
  key: string;
  values?: readonly string[];
  list?: boolean;
}

/** The tag combinations of a reuse place: an element matching all conditions of one selector. */
export const OSM_SELECTORS: readonly (readonly TagCondition[])[] = [
  [{ key: 'amenity', values: ['recycling', ...SHARING_AMENITIES] }],
  [{ key: 'shop', values: REUSE_SHOPS }],
  [{ key: 'shop' }, { key: 'second_hand', values: ['yes', 'only'] }],
  [{ key: 'repair', values: ['yes', 'only', 'assisted_self_service'] }],
  [{ key: 'repair_cafe', values: ['yes'] }],
  [{ key: 'craft', values: Object.keys(REPAIR_CRAFTS) }],
  ...Object.keys(REPAIR_KEYS).map((key) => [{ key, values: ['yes'] }]),
  [{ key: 'service:bicycle:second_hand', values: ['yes'] }],
  [{ key: 'service:bicycle:rental', values: ['yes'] }],
  [{ key: 'service:bicycle:diy', values: ['yes'] }],
  [
    { key: 'shop', values: ['rental'] },
    { key: 'rental', values: Object.keys(RENTED_GOODS), list: true },
  ],
];

/** `a;b; c` → ["a", "b", "c"] (OSM's multi-value separator). */
export const osmList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);

/** Whether tags satisfy a selector, the way Overpass evaluates it. */
export function matchesSelector(tags: Record<string, string>, selector: readonly TagCondition[]): boolean {
  return selector.every(({ key, values, list }) => {
    const value = tags[key];
    if (value === undefined) return false;
    if (!values) return true;
    return list ? osmList(value).some((v) => values.includes(v)) : values.includes(value);
  });
}
