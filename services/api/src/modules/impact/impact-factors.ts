import { subcategoryById } from '@reemploi/taxonomy';
import type { ImpactOutcome } from './impact-declaration.model';

/**
 * The avoided-CO2e factors. Two kinds of rows (docs/api.md, « Impact figures and the counter »):
 *
 * - ITEM rows, VERIFIED: for a sub-category where ADEME's « Impact CO₂ » publishes a matching object, the
 *   kg CO2e of making and distributing one new such object (Base Empreinte® total « fabrication +
 *   distribution »: raw materials, supply, shaping, assembly and distribution; no use phase, no end of life).
 *   Assumption: an item reused or repaired is one new item not made. Where several objects of Impact CO₂
 *   fit a sub-category, the lowest footprint among its typical objects is taken, so the estimate is a floor.
 * - KG rows, ILLUSTRATIVE: everything else (weights, recycling, sub-categories without a matching object).
 *   Neither Impact CO₂ nor the study behind it publishes a typical mass per object, so weights cannot be
 *   turned into items: these per-kg orders of magnitude stay, unverified, until ADEME publishes factors.
 *
 * Attribution: « ADEME, Base Empreinte®, via Impact CO₂ », with the version below. The impactco2 repository
 * read carries no licence file: the values are used as ADEME's published figures, cited; the licence of
 * that data (Base Empreinte® terms) was not checked from here (no network) and must be before publication.
 */
export const FACTOR_SET = {
  name: 'ADEME Base Empreinte® via Impact CO₂ (par pièce : fabrication et distribution d’un objet neuf)',
  // The data files of github.com/incubateur-ademe/impactco2 read: mobilier and electromenager at 36741ad,
  // habillement and numerique at e5c602f (commits of that repository).
  version: 'impactco2@36741ad+e5c602f',
  verified: true,
  url: 'https://impactco2.fr/',
} as const;

/** The per-kg set kept for what the ADEME set does not cover. */
export const ILLUSTRATIVE_SET = {
  name: 'Facteurs par kg et par famille d’objets (ordres de grandeur illustratifs, non vérifiés)',
  version: 'illustratif-2026-12',
} as const;

const STUDY =
  'ADEME, « Modélisation et évaluation environnementale de produits de consommation et biens d’équipement » (2018), Base Empreinte®';
const STUDY_URL =
  'https://librairie.ademe.fr/dechets-economie-circulaire/127-modelisation-et-evaluation-environnementale-de-produits-de-consommation-et-biens-d-equipement.html';

/** One verified row: a sub-category, the Impact CO₂ object standing for it and its footprint. */
export interface ItemFactor {
  subcategoryId: string;
  /** The Impact CO₂ object (its name on impactco2.fr) and its Base Empreinte® element id. */
  object: string;
  baseEmpreinteId: number;
  /** kg CO2e to make and distribute one new item. */
  kgCo2ePerItem: number;
  /** The Impact CO₂ data file the value was read from, and the ADEME study it cites. */
  source: string;
  sourceUrl: string;
}

const impactco2 = (file: string, commit: string) =>
  `Impact CO₂ (ADEME), src/data/categories/${file} @ ${commit}; ${STUDY}`;
const MOBILIER = impactco2('mobilier.json', '36741ad');
const ELECTROMENAGER = impactco2('electromenager.json', '36741ad');
const HABILLEMENT = impactco2('habillement.json', 'e5c602f');
const NUMERIQUE = impactco2('numerique.json', 'e5c602f');

const row = (
  subcategoryId: string,
  object: string,
  baseEmpreinteId: number,
  kgCo2ePerItem: number,
  source: string,
): ItemFactor => ({ subcategoryId, object, baseEmpreinteId, kgCo2ePerItem, source, sourceUrl: STUDY_URL });

// Values as published by Impact CO₂ (field `total`, kg CO2e per object). The comment names the objects
// the floor was taken among.
export const ITEM_FACTORS: readonly ItemFactor[] = [
  // chaise en bois 18.6, table en bois 80.2, canapé 179, armoire 907
  row('meuble', 'Chaise en bois', 26958, 18.6, MOBILIER),
  row('sieges_elements_d_ameublement', 'Chaise en bois', 26958, 18.6, MOBILIER),
  // canapé textile 179, canapé convertible 198
  row('rembourres_d_assise_ou_de_couchage_elements_d_ameublement', 'Canapé textile', 26964, 179, MOBILIER),
  // t-shirt coton 5.2, polo 8.2, chemise 10.2–11.2, jean 23.2, pull 25.5–52.9, manteau
  row('vetement', 'T-shirt en coton', 27044, 5.2, HABILLEMENT),
  // chaussures en cuir 13.4, en tissu 17.3, de sport 18.7
  row('chaussures', 'Paire de chaussures en cuir', 27058, 13.4, HABILLEMENT),
  // four électrique 217, lave-vaisselle 271, lave-linge 342
  row('gros_electromenager_hors_refrigerant', 'Four électrique', 26986, 217, ELECTROMENAGER),
  row('gros_electromenager_refrigerant', 'Réfrigérateur', 26976, 257, ELECTROMENAGER),
  // bouilloire 9.91, cafetières 22.5–47.6
  row('petit_electromenager', 'Bouilloire', 28306, 9.91, ELECTROMENAGER),
  // écran 21,5 pouces 222, écran 24 pouces 248, télévision 40–49 pouces 371
  row('ecran', 'Écran 21,5 pouces', 27005, 222, NUMERIQUE),
  // ordinateur portable 156, fixe bureautique 169
  row('materiel_informatique', 'Ordinateur portable', 27002, 156, NUMERIQUE),
  // smartphone 39.1, tablettes 40.9–82.2
  row('smartphone_tablette_et_console', 'Smartphone', 27013, 39.1, NUMERIQUE),
  // barre de son 40.2, chaîne hifi 123, home cinéma 133
  row('materiel_hifi_et_video', 'Barre de son', 27034, 40.2, NUMERIQUE),
];
const ITEM_FACTOR_BY_SUBCATEGORY = new Map(ITEM_FACTORS.map((f) => [f.subcategoryId, f]));

/** kg CO2e avoided per kg reused or repaired (a new item not made) and per kg recycled (raw material). */
interface KgFactors {
  reuse: number;
  recycle: number;
}

// Illustrative, per LVAO category (see ILLUSTRATIVE_SET). Electronics weigh little for a heavy manufacturing
// footprint; furniture and building materials the opposite.
export const KG_FACTORS_BY_CATEGORY: Readonly<Record<string, KgFactors>> = {
  electromenager: { reuse: 4.5, recycle: 0.9 },
  image_son_et_informatique: { reuse: 25, recycle: 1.5 },
  mobilier_et_decoration: { reuse: 1.6, recycle: 0.3 },
  vetements_et_accessoires: { reuse: 15, recycle: 0.7 },
  livres_et_multimedia: { reuse: 1.3, recycle: 0.5 },
  equipements_de_loisir: { reuse: 3.5, recycle: 0.6 },
  bricolage_et_jardinage: { reuse: 4, recycle: 0.8 },
  materiau_de_construction_du_batiment: { reuse: 0.3, recycle: 0.05 },
  jels_mobilite_electrique: { reuse: 8, recycle: 1 },
};
export const DEFAULT_KG_FACTORS: KgFactors = { reuse: 2, recycle: 0.4 };

function kgFactorsOf(subcategoryId: string): KgFactors {
  return KG_FACTORS_BY_CATEGORY[subcategoryById(subcategoryId)?.categoryId ?? ''] ?? DEFAULT_KG_FACTORS;
}

/** The verified per-item factor of a sub-category, if ADEME's set has one. */
export function itemFactorOf(subcategoryId: string): ItemFactor | undefined {
  return ITEM_FACTOR_BY_SUBCATEGORY.get(subcategoryId);
}

/** What one passed-on line avoids, in kg CO2e, and whether a verified ADEME factor gave it. */
export interface AvoidedCo2e {
  kgCo2e: number;
  verified: boolean;
}

/**
 * A line reused or repaired in items, of a sub-category with an ADEME object: items × its footprint
 * (verified; its kg, if also given, are not counted again). Otherwise its kg × the illustrative per-kg
 * factor (a line in items only, without an ADEME object, avoids nothing we can estimate).
 */
export function avoidedCo2e(
  line: { subcategoryId: string; kg?: number | null; items?: number | null },
  outcome: ImpactOutcome,
): AvoidedCo2e {
  const item = outcome === 'RECYCLED' ? undefined : itemFactorOf(line.subcategoryId);
  if (item && line.items) return { kgCo2e: line.items * item.kgCo2ePerItem, verified: true };
  const factors = kgFactorsOf(line.subcategoryId);
  return { kgCo2e: (line.kg ?? 0) * (outcome === 'RECYCLED' ? factors.recycle : factors.reuse), verified: false };
}

/** One row of the public factor table (GraphQL `ImpactFactor`). */
export interface FactorRow {
  unit: 'ITEM' | 'KG';
  subcategoryId: string | null;
  categoryId: string | null;
  reuseKgCo2e: number;
  recycleKgCo2e: number | null;
  object: string | null;
  baseEmpreinteId: number | null;
  source: string;
  sourceUrl: string | null;
  verified: boolean;
}

const illustrative = (categoryId: string | null, f: KgFactors): FactorRow => ({
  unit: 'KG',
  subcategoryId: null,
  categoryId,
  reuseKgCo2e: f.reuse,
  recycleKgCo2e: f.recycle,
  object: null,
  baseEmpreinteId: null,
  source: `${ILLUSTRATIVE_SET.name}, ${ILLUSTRATIVE_SET.version}`,
  sourceUrl: null,
  verified: false,
});

/** Every factor, verified per-item rows first, then the illustrative per-kg ones (the default last). */
export function factorTable(): FactorRow[] {
  return [
    ...ITEM_FACTORS.map((f) => ({
      unit: 'ITEM' as const,
      subcategoryId: f.subcategoryId,
      categoryId: null,
      reuseKgCo2e: f.kgCo2ePerItem,
      recycleKgCo2e: null,
      object: f.object,
      baseEmpreinteId: f.baseEmpreinteId,
      source: f.source,
      sourceUrl: f.sourceUrl,
      verified: true,
    })),
    ...Object.entries(KG_FACTORS_BY_CATEGORY).map(([categoryId, f]) => illustrative(categoryId, f)),
    illustrative(null, DEFAULT_KG_FACTORS),
  ];
}

/** The GraphQL `ImpactFactorSet`. */
export const factorSet = () => ({
  ...FACTOR_SET,
  illustrativeName: ILLUSTRATIVE_SET.name,
  illustrativeVersion: ILLUSTRATIVE_SET.version,
  factors: factorTable(),
});
