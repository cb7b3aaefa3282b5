// The eco-organisms whose collection and repair points ADEME publishes as data-fair datasets
// `donnees-eo-<name>` (https://data.pointsapport.ademe.fr/data-fair/api/v1/datasets/donnees-eo-<name>/lines).
// All share one schema (id_point_apport_ou_reparation, type_de_point_de_collecte, nom_de_lorganisme,
// enseigne_commerciale, adresse_format_ban, latitudewgs84/longitudewgs84, produitsdechets_acceptes, the
// point_de_* service flags…); a profile says what differs: the waste stream, the words for an unnamed
// point, the sub-categories a point takes when it lists none, the label its repair bonus earns.

export const ECO_ORGANISME_IDS = [
  'refashion',
  'ecosystem',
  'ecologic',
  'corepile',
  'batribox',
  'ecomaison',
  'ecodds',
  'citeo',
  'valdelia',
  'aliapur',
  'soren',
  'ocab',
  'pyreo',
  'cyclevia',
] as const;
export type EcoOrganismeId = (typeof ECO_ORGANISME_IDS)[number];

export interface EcoOrganismeProfile {
  /** Shown in names and attributions ("Refashion"). */
  name: string;
  /** data-fair dataset id. */
  dataset: string;
  /** "Point de collecte <stream>" for points without a name of their own. */
  stream: string;
  /** Sub-categories of a point whose produitsdechets_acceptes is empty or unknown. */
  subcategories: string[];
  /** Place label (packages/taxonomy place-labels) of an "Agréé Bonus Réparation" point. */
  repairBonusLabel?: string;
}

const ELECTRICAL = [
  'gros_electromenager_refrigerant',
  'gros_electromenager_hors_refrigerant',
  'petit_electromenager',
  'ecran',
  'materiel_informatique',
  'smartphone_tablette_et_console',
];
const PMCB = 'produits_et_materiaux_de_construction_du_batiment';

export const ECO_ORGANISME_PROFILES: Record<EcoOrganismeId, EcoOrganismeProfile> = {
  refashion: {
    name: 'Refashion',
    dataset: 'donnees-eo-refashion',
    stream: 'textile',
    subcategories: ['vetement', 'linge_de_maison', 'chaussures'],
    repairBonusLabel: 'refashion',
  },
  ecosystem: {
    name: 'ecosystem',
    dataset: 'donnees-eo-ecosystem',
    stream: 'appareils électriques',
    subcategories: [...ELECTRICAL, 'ampoule', 'petits_appareils_extincteurs'],
    repairBonusLabel: 'qualirepar',
  },
  ecologic: {
    name: 'Ecologic',
    dataset: 'donnees-eo-ecologic',
    stream: 'appareils électriques',
    subcategories: ELECTRICAL,
    repairBonusLabel: 'qualirepar',
  },
  corepile: {
    name: 'Corepile',
    dataset: 'donnees-eo-corepile',
    stream: 'piles',
    subcategories: ['batteries_et_piles_portables'],
  },
  batribox: {
    name: 'Batribox',
    dataset: 'donnees-eo-batribox',
    stream: 'piles',
    subcategories: ['batteries_et_piles_portables'],
  },
  ecomaison: {
    name: 'Ecomaison',
    dataset: 'donnees-eo-ecomaison',
    stream: 'meubles',
    subcategories: ['meuble', 'sieges_elements_d_ameublement', 'literie_elements_d_ameublement'],
    repairBonusLabel: 'ecomaison',
  },
  ecodds: {
    name: 'EcoDDS',
    dataset: 'donnees-eo-ecodds',
    stream: 'produits chimiques',
    subcategories: [
      'dechets_de_produits_chimiques',
      'dechets_de_peintures_vernis_encres_et_colles_produits_chimiques',
      'produits_chimiques_solvants',
    ],
  },
  citeo: {
    name: 'Citeo',
    dataset: 'donnees-eo-citeo',
    stream: 'emballages',
    subcategories: [
      'emballage_verre',
      'emballage_carton',
      'emballage_plastique',
      'emballage_metal',
      'papiers_graphiques',
    ],
  },
  valdelia: {
    name: 'Valdelia',
    dataset: 'donnees-eo-valdelia',
    stream: 'mobilier professionnel',
    subcategories: ['meuble', 'sieges_elements_d_ameublement'],
  },
  aliapur: { name: 'Aliapur', dataset: 'donnees-eo-aliapur', stream: 'pneus', subcategories: ['pneu'] },
  soren: {
    name: 'Soren',
    dataset: 'donnees-eo-soren',
    stream: 'panneaux photovoltaïques',
    subcategories: ['panneaux_photovoltaiques'],
  },
  ocab: {
    name: 'OCAB',
    dataset: 'donnees-eo-ocab',
    stream: 'matériaux du bâtiment',
    subcategories: [`melange_d_inertes_${PMCB}`, `bois_pmcb_${PMCB}`, `platre_pmcb_${PMCB}`],
  },
  pyreo: {
    name: 'Pyreo',
    dataset: 'donnees-eo-pyreo',
    stream: 'produits pyrotechniques',
    subcategories: ['produits_pyrotechniques'],
  },
  cyclevia: {
    name: 'Cyclevia',
    dataset: 'donnees-eo-cyclevia',
    stream: 'huiles',
    subcategories: ['huiles_lubrifiantes'],
  },
};

/** The profile of a dataset id (`donnees-eo-refashion`), or undefined. */
export function profileOfDataset(dataset: string | null): EcoOrganismeId | undefined {
  return ECO_ORGANISME_IDS.find((id) => ECO_ORGANISME_PROFILES[id].dataset === dataset);
}

const key = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * produitsdechets_acceptes wording (accent-free, lowercase) → LVAO sub-categories, for the words the
 * eco-organisms use that are not a sub-category's own label (those are matched by label directly).
 */
export const EO_PRODUCT_WORDS: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    vêtement: ['vetement'],
    vêtements: ['vetement'],
    linge: ['linge_de_maison'],
    chaussure: ['chaussures'],
    'articles de sport hors vélos': ['materiel_de_sport_hors_velo'],
    'batteries & piles portables': ['batteries_et_piles_portables'],
    piles: ['batteries_et_piles_portables'],
    'piles et accumulateurs portables': ['batteries_et_piles_portables'],
    'batteries de moyens de transport légers (mtl)': ['batteries_de_mtl'],
    'batteries automobiles': ['batterie_de_voitures_pour_demarrage'],
    ecrans: ['ecran'],
    'gem froid': ['gros_electromenager_refrigerant'],
    'gem hors froid': ['gros_electromenager_hors_refrigerant'],
    'pam (petits appareils ménagers)': ['petit_electromenager'],
    pam: ['petit_electromenager'],
    'téléphones portables': ['smartphone_tablette_et_console'],
    lampes: ['ampoule'],
    'pae (petits appareils extincteurs)': ['petits_appareils_extincteurs'],
    meubles: ['meuble'],
    sièges: ['sieges_elements_d_ameublement'],
    literie: ['literie_elements_d_ameublement'],
    'rembourrés d assise ou de couchage': ['rembourres_d_assise_ou_de_couchage_elements_d_ameublement'],
    'décoration textile': ['decorations_textiles_elements_d_ameublement'],
    'produits et matériels destinés à l entretien et l aménagement du jardin': ['accessoire_et_meuble_de_jardin'],
    'matériels de bricolage, dont l outillage à main': ['outil_de_bricolage_et_jardinage'],
    'machines et appareils motorisés thermiques': ['machines_et_appareils_motorises_thermiques'],
    'outillage du peintre': ['abj_outillage_du_peintre_usage'],
    'jeux et jouets': ['jouet'],
    'vélos non électriques, trottinettes non électriques, skate-board, rollers': ['velo'],
    'déchets de peintures, vernis, encres et colles': [
      'dechets_de_peintures_vernis_encres_et_colles_produits_chimiques',
    ],
    'déchets phytosanitaires ménagers': ['dechets_phytosanitaires_menagers_produits_chimiques'],
    solvants: ['produits_chimiques_solvants'],
    'médicaments & dasri': ['medicaments', 'dasri'],
    pneu: ['pneu'],
    pneus: ['pneu'],
    verre: ['emballage_verre'],
    'grands cartons': ['emballage_carton'],
    'emballage multimatériaux': [
      'autres_emballages_menagers',
      'bouteilles_plastique',
      'emballage_metal',
      'emballage_carton',
    ],
    'papiers graphiques et emballages papiers-carton': [
      'autres_emballages_menagers',
      'emballage_carton',
      'papiers_graphiques',
    ],
    'pmcb - bois': [`bois_pmcb_${PMCB}`],
    'pmcb - métal': [`metal_pmcb_${PMCB}`],
    'pmcb - plastiques': [`plastiques_pmcb_${PMCB}`],
    plâtre: [`platre_pmcb_${PMCB}`],
    'mélange d inertes': [`melange_d_inertes_${PMCB}`],
  }).map(([words, subs]) => [key(words), subs]),
);

export const productKey = key;
