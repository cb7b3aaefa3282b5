// Turns ADEME's « Que faire de mes déchets » product list (products + existing synonyms, MIT © ADEME) into
// resolver vocabulary, and names a fixed part of it as a test set.
// Run: pnpm --filter @reemploi/taxonomy import:ademe [path/to/products.json]
//   (default data/ademe-que-faire-produits.json; a newer release of the data.ademe.fr dataset
//   `que-faire-de-mes-dechets-produits` in its JSON form {results: [{ID, Nom, Code, Synonymes_existants}]} works as is).
// Nothing is downloaded: the file is read from disk, at development time only.
//
// Each product is mapped to one LVAO sub-category (by its ADEME code, then by product where the code is
// too broad); products with no reuse or drop-off sub-category (food packaging, hygiene…) are left out.
// Every name (product name and synonym) not already an LVAO object or a hand-written synonym goes to
// src/generated/ademe-vocabulary.ts: residents' resolver knows all of ADEME's list. A fixed hash of its
// normalized text also names HELD_OUT_PERCENT of them as the test set bench/ademe-held-out.ts: the
// benchmark looks them up in an index built without them (bench/held-out-split.ts), and tuning
// (bench/dev-folds.ts) and the word-neighbour table never see them. The split is decided before any
// result is looked at and does not depend on the resolver.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lvaoObjectRows } from '../src/generated/lvao-objects';
import { lvaoSubcategories, type LvaoSubcategoryCode } from '../src/generated/lvao-categories';
import { normalizeText } from '../src/normalize';
import { synonyms } from '../src/synonyms';

export interface AdemeProduct {
  ID: number;
  Nom: string;
  Code?: string;
  Synonymes_existants?: string;
}

export const HELD_OUT_PERCENT = 40;

type Code = LvaoSubcategoryCode | null;

// ADEME product code → sub-category, when the code alone is specific enough.
const byCode: Record<string, Code> = {
  ADEME_DDS: 'dechets_de_produits_chimiques',
  ADEME_DASRI: 'dasri',
  Pharmacie: 'medicaments',
  ADEME_AMIANTE: 'dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment',
  EXTINCTEUR: 'petits_appareils_extincteurs',
  ADEME_PYROTECHNIQUE: 'produits_pyrotechniques',
  PILES: 'batteries_et_piles_portables',
  LAMPES: 'ampoule',
  ADEME_LAMPES: 'ampoule',
  LAMPE: 'ampoule',
  ADEME_LAMPE: 'decoration',
  GELECFROID: 'gros_electromenager_refrigerant',
  GELECHORSFROID: 'gros_electromenager_hors_refrigerant',
  PETITMELANGE: 'petit_electromenager',
  ECRANS: 'ecran',
  GSM: 'smartphone_tablette_et_console',
  DEEE: 'petit_electromenager',
  ADEME_MEUBLE: 'meuble',
  'ADEME_textile-meuble': 'linge_de_maison',
  VETEMENTS: 'vetement',
  CHAUSSURES: 'chaussures',
  LINGE: 'linge_de_maison',
  ADEME_CUIR: 'maroquinerie',
  ADEME_BIJOU: 'bijou_et_montre',
  ADEME_OBJET: 'bijou_et_montre',
  ADEME_JOUET: 'jouet',
  ADEME_OUTIL: 'outil_de_bricolage_et_jardinage',
  ADEME_BTP: 'materiau_du_batiment_reemployable',
  ADEME_BOIS: 'bois_pmcb_produits_et_materiaux_de_construction_du_batiment',
  ADEME_JARDIN: 'dechets_verts',
  ADEME_FEUILLES: 'dechets_verts',
  ADEME_HERBE: 'dechets_verts',
  ADEME_BIODECHETS: 'dechets_verts',
  ADEME_ALIMENTS: 'biodechets',
  ADEME_PAPIER: 'papiers_graphiques',
  ADEME_CARTON: 'emballage_carton',
  ADEME_PLASTIQUE: 'emballage_plastique',
  ADEME_METAL: 'emballage_metal',
  ADEME_ALU: 'emballage_metal',
  ADEME_CUISINE: 'vaisselle',
  ADEME_FOURNITURE: 'papeterie',
  ADEME_MOTO: 'vehicule',
  ADEME_MERCURE: 'dechets_de_produits_chimiques',
};

const ASBESTOS = 'dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment';
const INERT = 'melange_d_inertes_produits_et_materiaux_de_construction_du_batiment';
const WOOD = 'bois_pmcb_produits_et_materiaux_de_construction_du_batiment';
const PAINT = 'dechets_de_peintures_vernis_encres_et_colles_produits_chimiques';
const PHYTO = 'dechets_phytosanitaires_menagers_produits_chimiques';
const SOLVENT = 'produits_chimiques_solvants';
const OTHER_ELECTRONIC = 'autre_equipement_electronique';

// Product ID → sub-category where the code is too broad (DEEE, ADEME_PRODUIT…) or wrong for reuse;
// null leaves the product out (household waste with no reuse or specific drop-off channel).
// prettier-ignore
const byProduct: Record<number, Code> = {
  1: OTHER_ELECTRONIC, 2: null, 31: null, 65: null, 142: null, 172: null, 278: null, 348: null,
  187: 'huiles_lubrifiantes', 275: 'pneu', 321: 'puericulture', 357: 'vehicule', 358: 'velo',
  3: SOLVENT, 4: 'dechets_de_produits_chimiques_acides', 14: PHYTO, 104: PAINT, 131: 'dechets_de_produits_chimiques_basiques',
  132: 'dechets_de_produits_chimiques_basiques', 133: 'dechets_de_produits_chimiques_basiques', 138: PHYTO, 139: PAINT,
  140: PHYTO, 146: SOLVENT, 162: PHYTO, 190: PHYTO, 215: PAINT, 235: PHYTO, 257: null, 259: PAINT, 260: PAINT,
  261: PAINT, 262: PAINT, 264: PHYTO, 267: PAINT, 286: PHYTO, 296: PHYTO, 297: PAINT, 324: SOLVENT,
  325: 'dechets_de_produits_chimiques_basiques', 360: PAINT, 368: SOLVENT, 413: PAINT, 43: 'huiles_lubrifiantes',
  39: 'batteries_et_piles_portables', 40: 'batterie_de_voitures_pour_demarrage', 198: 'luminaire',
  17: 'materiel_photo_et_cinema', 18: 'materiel_photo_et_cinema', 25: 'materiel_hifi_et_video', 29: 'materiel_hifi_et_video',
  84: OTHER_ELECTRONIC, 89: 'cartouches', 94: OTHER_ELECTRONIC, 95: 'gros_electromenager_hors_refrigerant',
  100: OTHER_ELECTRONIC, 103: 'materiel_informatique', 177: OTHER_ELECTRONIC, 181: 'luminaire',
  184: 'materiel_hifi_et_video', 189: 'materiel_informatique', 191: 'instrument_musique_electrique',
  193: 'cd_dvd_et_jeu_video', 200: 'materiel_hifi_et_video', 219: OTHER_ELECTRONIC, 220: 'materiel_informatique',
  229: 'bijou_et_montre', 240: 'materiel_informatique', 241: 'materiel_informatique', 243: 'abj_electrique',
  333: OTHER_ELECTRONIC, 345: 'abj_electrique', 349: 'jouet', 350: OTHER_ELECTRONIC, 359: 'velo', 367: 'jouet',
  402: 'ecran', 403: 'ecran', 414: OTHER_ELECTRONIC, 85: null,
  26: 'materiau_du_batiment_reemployable', 27: 'materiau_du_batiment_reemployable', 119: 'materiau_du_batiment_reemployable',
  149: 'materiau_du_batiment_reemployable', 150: 'materiau_du_batiment_reemployable', 209: 'materiau_du_batiment_reemployable',
  227: 'decoration', 291: 'gros_electromenager_hors_refrigerant', 292: 'gros_electromenager_hors_refrigerant',
  96: 'chaussures', 339: 'linge_de_maison', 210: 'lunettes_de_vue_aides_techniques',
  16: 'materiel_de_sport_hors_velo', 32: 'accessoire_et_meuble_de_jardin', 46: 'materiel_de_sport_hors_velo',
  64: 'decoration', 90: 'materiel_de_sport_hors_velo', 92: 'cd_dvd_et_jeu_video', 279: 'accessoire_et_meuble_de_jardin',
  284: 'dechets_de_produits_chimiques', 300: 'materiel_de_sport_hors_velo', 317: 'linge_de_maison', 322: OTHER_ELECTRONIC,
  323: 'materiel_de_sport_hors_velo', 329: 'meuble', 342: OTHER_ELECTRONIC, 346: 'outil_de_bricolage_et_jardinage',
  347: 'machines_et_appareils_motorises_thermiques', 351: 'materiel_de_sport_hors_velo', 67: 'materiel_de_sport_hors_velo',
  19: INERT, 41: 'beton_pmcb_produits_et_materiaux_de_construction_du_batiment', 155: ASBESTOS, 178: INERT,
  197: 'laine_de_verre_produits_et_materiaux_de_construction_du_batiment', 218: 'autres_pmcb', 231: 'autres_pmcb',
  238: 'plastiques_pmcb_produits_et_materiaux_de_construction_du_batiment', 244: 'outil_de_bricolage_et_jardinage',
  266: INERT, 271: 'platre_pmcb_produits_et_materiaux_de_construction_du_batiment',
  272: 'metal_pmcb_produits_et_materiaux_de_construction_du_batiment',
  290: 'plastiques_pmcb_produits_et_materiaux_de_construction_du_batiment', 302: INERT, 336: INERT, 353: INERT,
  125: INERT, 127: 'dechets_verts', 47: WOOD, 48: null, 50: ASBESTOS, 62: 'bouchons_en_liege', 77: null, 93: null,
  245: 'palette', 310: 'dechets_verts', 311: null, 45: 'emballage_verre', 72: 'autres_emballages_menagers',
  81: 'emballage_metal', 83: null, 97: null, 152: null, 186: null, 407: null, 208: 'livre', 247: null, 250: null,
  251: null, 254: null, 256: null, 316: null, 38: null, 42: 'puericulture', 170: null, 52: 'emballage_carton',
  53: 'emballage_plastique', 54: 'emballage_carton', 55: null, 56: 'emballage_metal', 57: 'emballage_carton',
  58: 'emballage_metal', 59: 'vaisselle', 117: 'emballage_plastique', 396: null, 66: 'bouteilles_plastique',
  69: 'emballage_verre', 156: 'metal_pmcb_produits_et_materiaux_de_construction_du_batiment',
  179: 'metal_pmcb_produits_et_materiaux_de_construction_du_batiment',
  233: 'metal_pmcb_produits_et_materiaux_de_construction_du_batiment', 362: 'vaisselle',
  366: 'huisseries_produits_et_materiaux_de_construction_du_batiment', 356: null, 30: 'outil_de_bricolage_et_jardinage',
  98: 'dechets_de_produits_chimiques', 135: 'dechets_de_produits_chimiques',
};

/** FNV-1a 32-bit: a fixed, platform-independent hash for the held-out split. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function isHeldOut(name: string): boolean {
  return fnv1a(normalizeText(name)) % 100 < HELD_OUT_PERCENT;
}

function subcategoryOf(product: AdemeProduct): Code {
  if (product.ID in byProduct) return byProduct[product.ID]!;
  return byCode[product.Code ?? ''] ?? null;
}

function namesOf(product: AdemeProduct): string[] {
  const synonymsOfProduct = (product.Synonymes_existants ?? '').split(' / ');
  return [product.Nom, ...synonymsOfProduct].map((s) => s.trim()).filter((s) => s.length > 1);
}

function str(value: string): string {
  const escaped = value.replace(/\\/g, '\\\\');
  if (value.includes("'") && !value.includes('"')) return `"${escaped}"`;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}

export interface AdemeImport {
  /** Every mapped name, in the file's order: the shipped vocabulary. */
  vocabulary: [name: string, subcategory: string][];
  /** The names the fixed hash holds out as the test set, in the same order (a subset of `vocabulary`). */
  heldOut: [name: string, subcategory: string][];
  unmapped: number;
}

/** The vocabulary and the held-out test set of ADEME's product list (pure: test-sets.test.ts re-runs it). */
export function importAdeme(products: readonly AdemeProduct[]): AdemeImport {
  const validCodes = new Set<string>(lvaoSubcategories.map((s) => s.code));
  const known = new Set([
    ...lvaoObjectRows.map(([, label]) => normalizeText(label)),
    ...synonyms.map((s) => normalizeText(s.term)),
  ]);
  const seen = new Set<string>();
  const vocabulary: [string, string][] = [];
  const heldOut: [string, string][] = [];
  let unmapped = 0;
  for (const product of products) {
    const subcategory = subcategoryOf(product);
    if (subcategory && !validCodes.has(subcategory)) throw new Error(`unknown sub-category ${subcategory}`);
    if (!subcategory) {
      unmapped++;
      continue;
    }
    for (const name of namesOf(product)) {
      const key = normalizeText(name);
      if (known.has(key) || seen.has(key)) continue;
      seen.add(key);
      vocabulary.push([name, subcategory]);
      if (isHeldOut(name)) heldOut.push([name, subcategory]);
    }
  }
  return { vocabulary, heldOut, unmapped };
}

/** Reads a products file ({results: [{ID, Nom, Code, Synonymes_existants}]}). */
export function readAdemeProducts(file: string): AdemeProduct[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { results: AdemeProduct[] }).results;
}

function main(): void {
  const packageDir = process.cwd();
  const input = path.resolve(packageDir, process.argv[2] ?? 'data/ademe-que-faire-produits.json');
  const products = readAdemeProducts(input);
  const { vocabulary, heldOut, unmapped } = importAdeme(products);
  const source = path.basename(input);
  const header =
    `// generated, do not edit: run \`pnpm --filter @reemploi/taxonomy import:ademe\` (from ${source}).\n` +
    '// Source: ADEME, « Que faire de mes déchets » product list and synonyms, MIT licence, © ADEME (see ATTRIBUTION.md).\n\n';
  const rows = (list: [string, string][]) => list.map(([t, s]) => `  [${str(t)}, ${str(s)}],`).join('\n');
  writeFileSync(
    path.join(packageDir, 'src/generated/ademe-vocabulary.ts'),
    `${header}import type { LvaoSubcategoryCode } from './lvao-categories';\n\n` +
      '/** [product name or synonym, sub-category]: every ADEME name that is neither an LVAO object nor a synonym. */\n' +
      `export const ademeVocabularyRows: readonly (readonly [term: string, subcategory: LvaoSubcategoryCode])[] = [\n${rows(vocabulary)}\n];\n`,
  );
  writeFileSync(
    path.join(packageDir, 'bench/ademe-held-out.ts'),
    `${header}// HELD-OUT TEST SET: ADEME names that are neither LVAO objects nor synonyms, chosen by a fixed hash\n` +
      '// (scripts/import-ademe.ts); the shipped vocabulary holds them, the benchmark looks them up in an index\n' +
      '// built without them (bench/held-out-split.ts; test-sets.test.ts checks it).\n\n' +
      '// prettier-ignore\n' +
      `export const ademeHeldOut: readonly (readonly [name: string, subcategory: string])[] = [\n${rows(heldOut)}\n];\n`,
  );
  console.log(
    `${products.length} products (${unmapped} with no sub-category): ${vocabulary.length} names indexed, ${heldOut.length} of them the held-out test set`,
  );
}

if (process.argv[1]?.endsWith('import-ademe.ts')) main();
