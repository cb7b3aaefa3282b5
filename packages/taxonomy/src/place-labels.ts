import type { LocalizedText } from './localized-text';

/** quality: repair and reuse labels; insertion: SIAE typology; network: federations; actor: kind of organisation. */
export type LabelGroup = 'quality' | 'insertion' | 'network' | 'actor';

export interface PlaceLabel {
  id: string;
  label: LocalizedText;
  group: LabelGroup;
  lvaoCode?: string;
}

// LVAO labels keep their code (lower-cased) as id; insertion and network ids follow data·inclusion's
// reseaux_porteurs codes so both sources map without a lookup table.
export const placeLabels: readonly PlaceLabel[] = [
  {
    id: 'ess',
    group: 'actor',
    lvaoCode: 'ess',
    label: { fr: 'Économie sociale et solidaire', en: 'Social and solidarity economy' },
  },
  {
    id: 'reparacteur',
    group: 'quality',
    lvaoCode: 'reparacteur',
    label: { fr: 'Répar’Acteurs', en: 'Répar’Acteurs (certified repairer)' },
  },
  {
    id: 'qualirepar',
    group: 'quality',
    lvaoCode: 'qualirepar',
    label: { fr: 'QualiRépar (bonus réparation)', en: 'QualiRépar (repair bonus)' },
  },
  {
    id: 'refashion',
    group: 'quality',
    lvaoCode: 'refashion',
    label: { fr: 'Bonus réparation Re_fashion', en: 'Re_fashion repair bonus' },
  },
  {
    id: 'ecomaison',
    group: 'quality',
    lvaoCode: 'ecomaison',
    label: { fr: 'Bonus réparation Ecomaison', en: 'Ecomaison repair bonus' },
  },
  {
    id: 'bonusrepar',
    group: 'quality',
    lvaoCode: 'bonusrepar',
    label: { fr: 'Bonus Répar', en: 'Bonus Répar (repair bonus)' },
  },
  {
    id: 'bonusrepar_abj_th',
    group: 'quality',
    lvaoCode: 'bonusrepar_ABJ_TH',
    label: { fr: 'Bonus Répar (bricolage et jardinage thermique)', en: 'Bonus Répar (petrol DIY and garden tools)' },
  },
  {
    id: 'bonusrepar_asl',
    group: 'quality',
    lvaoCode: 'BonusRepar_ASL',
    label: { fr: 'Bonus Répar (sport et cycle)', en: 'Bonus Répar (sports and cycles)' },
  },
  {
    id: 'siae',
    group: 'insertion',
    label: {
      fr: 'Structure d’insertion par l’activité économique (SIAE)',
      en: 'Work integration social enterprise (SIAE)',
    },
  },
  {
    id: 'aci',
    group: 'insertion',
    label: { fr: 'Atelier et chantier d’insertion (ACI)', en: 'Integration workshop (ACI)' },
  },
  { id: 'ei', group: 'insertion', label: { fr: 'Entreprise d’insertion (EI)', en: 'Integration enterprise (EI)' } },
  {
    id: 'ai',
    group: 'insertion',
    label: { fr: 'Association intermédiaire (AI)', en: 'Intermediary association (AI)' },
  },
  {
    id: 'etti',
    group: 'insertion',
    label: {
      fr: 'Entreprise de travail temporaire d’insertion (ETTI)',
      en: 'Integration temporary-work agency (ETTI)',
    },
  },
  {
    id: 'eiti',
    group: 'insertion',
    label: {
      fr: 'Entreprise d’insertion par le travail indépendant (EITI)',
      en: 'Integration through self-employment (EITI)',
    },
  },
  { id: 'ea', group: 'insertion', label: { fr: 'Entreprise adaptée (EA)', en: 'Adapted enterprise (EA)' } },
  {
    id: 'eatt',
    group: 'insertion',
    label: { fr: 'Entreprise adaptée de travail temporaire (EATT)', en: 'Adapted temporary-work enterprise (EATT)' },
  },
  {
    id: 'esat',
    group: 'insertion',
    label: { fr: 'Établissement et service d’aide par le travail (ESAT)', en: 'Sheltered work centre (ESAT)' },
  },
  { id: 'emmaus', group: 'network', label: { fr: 'Emmaüs', en: 'Emmaus' } },
  { id: 'ressourceries', group: 'network', label: { fr: 'Réseau des ressourceries', en: 'Ressourceries network' } },
  { id: 'envie', group: 'network', label: { fr: 'Envie', en: 'Envie' } },
  { id: 'secours-populaire', group: 'network', label: { fr: 'Secours populaire', en: 'Secours populaire' } },
  { id: 'croix-rouge', group: 'network', label: { fr: 'Croix-Rouge', en: 'French Red Cross' } },
  { id: 'restos-du-coeur', group: 'network', label: { fr: 'Restos du cœur', en: 'Restos du cœur' } },
];

const placeLabelsById = new Map(placeLabels.map((l) => [l.id, l]));
const placeLabelsByLvaoCode = new Map(placeLabels.flatMap((l) => (l.lvaoCode ? [[l.lvaoCode.toLowerCase(), l]] : [])));

/** The place label with this id; case-insensitive so LVAO codes such as BonusRepar_ASL work too. */
export function placeLabelById(id: string): PlaceLabel | undefined {
  return placeLabelsById.get(id.toLowerCase());
}

/** The place label for a code of LVAO's qualites_et_labels column (case-insensitive). */
export function placeLabelByLvaoCode(code: string): PlaceLabel | undefined {
  return placeLabelsByLvaoCode.get(code.toLowerCase());
}
