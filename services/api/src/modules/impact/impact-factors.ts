import { subcategoryById } from '@reemploi/taxonomy';
import type { ImpactOutcome } from './impact-declaration.model';

/**
 * The emission factors behind the avoided-CO2e estimate. The intended reference is ADEME's Base Empreinte®
 * (ex Base Carbone / Base Impacts) and its « réemploi » figures (ADEME, « La face cachée des équipements »
 * 2018, and the réemploi–réparation assessments). They could not be checked from this machine (no
 * network): the values below are ILLUSTRATIVE orders of magnitude, to be replaced by the published ones
 * (set `verified: true` and the version then). The page, the counter and the API say so.
 */
export const FACTOR_SET = {
  name: 'ADEME Base Empreinte® — facteurs « réemploi » (valeurs illustratives, à vérifier)',
  version: 'illustratif-2026-12',
  verified: false,
  url: 'https://base-empreinte.ademe.fr/',
} as const;

/** kg CO2e avoided per kg reused or repaired (a new item not made) and per kg recycled (raw material). */
interface CategoryFactors {
  reuse: number;
  recycle: number;
}

// Illustrative, per LVAO category (see FACTOR_SET). Electronics weigh little for a heavy manufacturing
// footprint; furniture and building materials the opposite.
const BY_CATEGORY: Record<string, CategoryFactors> = {
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
const DEFAULT_FACTORS: CategoryFactors = { reuse: 2, recycle: 0.4 };

export function factorsOf(subcategoryId: string): CategoryFactors {
  return BY_CATEGORY[subcategoryById(subcategoryId)?.categoryId ?? ''] ?? DEFAULT_FACTORS;
}

/** kg CO2e avoided by `kg` of a sub-category passed on with this outcome. */
export function avoidedKgCo2e(subcategoryId: string, outcome: ImpactOutcome, kg: number): number {
  const factors = factorsOf(subcategoryId);
  return kg * (outcome === 'RECYCLED' ? factors.recycle : factors.reuse);
}
