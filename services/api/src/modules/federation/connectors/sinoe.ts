import { csvRows, headerKey } from './csv-rows';
import {
  cellText,
  dataFairOptions,
  dataFairRows,
  dataFairSourceOptionsSchema,
  dataFairUrl,
  enforceLicence,
  geopoint,
  isDataFairLinesUrl,
} from './data-fair';
import { OfferBuilder } from './offers';
import type { Audience, Connector, ConnectorItem, ImportInput, RawRecord } from './types';

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
  [/vert|vegeta|tonte|branchage|elagage|ecorce/, ['dechets_verts']],
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

/** A SINOE waste code ("01.3", "02.31"): the API lists codes where the CSV export wrote labels. */
const WASTE_CODE = /^\d{2}(\.\d+)*$/;

/**
 * Sub-categories accepted for a SINOE LST_TYPE_DECHET cell ("Déchets verts ; Gravats | DEEE, …"), codes
 * read through the nomenclature when given (a code it lacks is read as its parent: "02.31" as "02.3").
 */
export function sinoeSubcategories(list: string, nomenclature?: ReadonlyMap<string, string>): string[] {
  const found = new Set<string>();
  const items = list.split(/[|;]/).flatMap((item) => {
    const code = item.trim();
    if (!WASTE_CODE.test(code)) return item.split(/[,/]/);
    for (let c = code; c.length >= 2; c = c.slice(0, -1).replace(/\.$/, '')) {
      const label = nomenclature?.get(c);
      if (label) return label.split(/[,/]/);
    }
    return [];
  });
  for (const item of items) {
    const key = item
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    for (const [pattern, subs] of WASTE_TYPES) if (pattern.test(key)) subs.forEach((s) => found.add(s));
  }
  return [...found];
}

/** ORIGINE_DECHET_ACC: the CSV's wording ("Ménages et professionnels") or the API's codes (DMA, DMA/PRO, PRO). */
function audienceOf(origin: string): Audience {
  const o = origin.toLowerCase();
  const pro = /professionnel|entreprise|\bpro\b/.test(o);
  const households = /menag|ménag|particulier|\bdma\b/.test(o);
  return pro ? (households ? 'BOTH' : 'PROFESSIONALS') : 'PUBLIC';
}

function toRecord(c: Record<string, string>, nomenclature?: ReadonlyMap<string, string>): RawRecord {
  const offers = new OfferBuilder();
  offers.add('DROP_OFF', sinoeSubcategories(c.lst_type_dechet ?? '', nomenclature));
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
    audience: audienceOf(c.origine_dechet_acc ?? ''),
    description: c.n_acteur?.trim() ? `Gérée par ${c.n_acteur.trim()}.` : undefined,
  };
}

/** SINOE's waste nomenclature (C_TYP_DECHET → L_TYP_DECHET, once LST_TYP_DECHET), read from the same data-fair. */
async function wasteNomenclature(input: ImportInput): Promise<Map<string, string>> {
  const location = dataFairUrl(input.location, `${NOMENCLATURE_DATASET}/lines?size=1000`);
  const labels = new Map<string, string>();
  for await (const row of dataFairRows({ ...input, location })) {
    if ('error' in row) continue;
    const code = cellText(row.row.C_TYP_DECHET).trim();
    const label = cellText(row.row.L_TYP_DECHET).trim() || cellText(row.row.LST_TYP_DECHET).trim();
    if (code && label) labels.set(code, label);
  }
  return labels;
}

export const NOMENCLATURE_DATASET = 'sinoe-r-nomenclature-dechets';

/**
 * The annual directory lists each déchèterie once per year (ANNEE): unless the URL picks a year, read the
 * most recent first (`sort=-ANNEE`) and keep each service's first row.
 */
function latestYearFirst(location: string): string {
  const url = new URL(location);
  const params = [...url.searchParams.keys()];
  if (!params.some((p) => /^annee_(eq|in)$/i.test(p)) && !url.searchParams.has('sort'))
    url.searchParams.set('sort', '-ANNEE');
  return url.toString();
}

async function* fromApi(input: ImportInput): AsyncGenerator<ConnectorItem> {
  let nomenclature: Map<string, string> | undefined;
  const seen = new Set<string>();
  for await (const row of dataFairRows({ ...input, location: latestYearFirst(input.location) })) {
    if ('error' in row) {
      yield { line: row.line, externalId: null, error: row.error };
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [key, value] of Object.entries(row.row))
      if (!key.startsWith('_')) cells[headerKey(key)] = cellText(value);
    const id = cells.c_service?.trim();
    if (id && seen.has(id) && cells.annee) continue; // an earlier year of a déchèterie already read
    if (id) seen.add(id);
    // GPS_X/GPS_Y are Web Mercator metres: the WGS 84 point is data-fair's `_geopoint`.
    if (!cells.gps_lat?.trim() || !cells.gps_long?.trim()) {
      const point = geopoint(row.row);
      cells.gps_lat = point.lat;
      cells.gps_long = point.lng;
    }
    if (!nomenclature && (cells.lst_type_dechet ?? '').split('|').some((item) => WASTE_CODE.test(item.trim())))
      nomenclature = await wasteNomenclature(input);
    yield { line: row.line, record: toRecord(cells, nomenclature) };
  }
}

/**
 * ADEME SINOE déchèteries: the data-fair CSV export, or the annual directory through the data-fair API
 * (`…/datasets/sinoe-(r)-annuaire-des-decheteries-dma/lines`, optionally `?ANNEE_eq=2024&C_DEPT_eq=50`).
 */
export const sinoe: Connector = async function* (input, { options, declareLicence }) {
  if (isDataFairLinesUrl(input.location)) {
    const { acceptedLicence } = dataFairOptions(dataFairSourceOptionsSchema, 'sinoe', options);
    await enforceLicence(input, acceptedLicence, declareLicence);
    return yield* fromApi(input);
  }
  for await (const row of csvRows(await input.open())) {
    if ('error' in row) yield { line: row.line, externalId: null, error: row.error };
    else yield { line: row.line, record: toRecord(row.cells) };
  }
};
