import { csvRows } from './csv-rows';
import { OfferBuilder } from './offers';
import type { Connector, RawRecord } from './types';

const PMCB = 'pmcb_produits_et_materiaux_de_construction_du_batiment';
/** SINOE waste type wording (accent-free, lowercase) → LVAO sub-categories dropped off there. */
const WASTE_TYPES: [RegExp, string[]][] = [
  [
    /deee|electrique|electromenager/,
    [
      'gros_electromenager_refrigerant',
      'gros_electromenager_hors_refrigerant',
      'petit_electromenager',
      'ecran',
      'materiel_informatique',
    ],
  ],
  [/meuble|mobilier|dea\b|ameublement/, ['meuble', 'sieges_elements_d_ameublement', 'literie_elements_d_ameublement']],
  [/textile|tlc|vetement|chaussure/, ['vetement', 'linge_de_maison', 'chaussures']],
  [/pile|accumulateur/, ['batteries_et_piles_portables']],
  [/batterie/, ['batterie_de_voitures_pour_demarrage']],
  [/vert|vegeta|tonte|branchage/, ['dechets_verts']],
  [/gravat|inerte/, [`melange_d_inertes_${PMCB}`]],
  [/bois/, [`bois_${PMCB}`]],
  [/ferraille|metaux|metal/, [`metal_${PMCB}`]],
  [/platre/, [`platre_${PMCB}`]],
  [/huile/, ['huiles_lubrifiantes']],
  [/pneu/, ['pneu']],
  [/carton/, ['emballage_carton']],
  [/verre/, ['emballage_verre']],
  [/papier|journaux/, ['papiers_graphiques']],
  [/lampe|ampoule|neon/, ['ampoule']],
  [/cartouche/, ['cartouches']],
  [
    /peinture|solvant|dds|dangereux|chimique/,
    ['dechets_de_produits_chimiques', 'dechets_de_peintures_vernis_encres_et_colles_produits_chimiques'],
  ],
  [/encombrant|tout.venant/, ['encombrants_menagers_divers']],
  [/extincteur/, ['petits_appareils_extincteurs']],
  [/radiographie|medicament/, ['medicaments']],
  [/reemploi|ressourcerie|recyclerie/, ['meuble', 'vaisselle', 'decoration', 'jouet', 'livre']],
];

/** Sub-categories accepted for a SINOE LST_TYPE_DECHET cell ("Déchets verts ; Gravats | DEEE, …"). */
export function sinoeSubcategories(list: string): string[] {
  const found = new Set<string>();
  for (const item of list.split(/[|;,/]/)) {
    const key = item
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    for (const [pattern, subs] of WASTE_TYPES) if (pattern.test(key)) subs.forEach((s) => found.add(s));
  }
  return [...found];
}

function toRecord(c: Record<string, string>): RawRecord {
  const offers = new OfferBuilder();
  offers.add('DROP_OFF', sinoeSubcategories(c.lst_type_dechet ?? ''));
  const origin = (c.origine_dechet_acc ?? '').toLowerCase();
  return {
    externalId: c.c_service?.trim() || null,
    name: c.n_service,
    kind: 'RECYCLING_CENTRE',
    street: [c.ad1_site, c.ad2_site].filter((p) => p?.trim()).join(', '),
    postcode: c.cp_site,
    commune: c.l_ville_site,
    inseeCode: c.c_comm,
    lat: c.gps_lat,
    lng: c.gps_long,
    phone: c.tel_service,
    offers: offers.build(),
    audience:
      origin.includes('professionnel') || origin.includes('entreprise')
        ? origin.includes('menag') || origin.includes('particulier')
          ? 'BOTH'
          : 'PROFESSIONALS'
        : 'PUBLIC',
    description: c.n_acteur?.trim() ? `Gérée par ${c.n_acteur.trim()}.` : undefined,
  };
}

/** ADEME SINOE déchèteries (data-fair CSV export). */
export const sinoe: Connector = async function* (input) {
  for await (const row of csvRows(await input.open())) {
    if ('error' in row) yield { line: row.line, externalId: null, error: row.error };
    else yield { line: row.line, record: toRecord(row.cells) };
  }
};
