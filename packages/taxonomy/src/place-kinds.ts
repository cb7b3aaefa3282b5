import type { LocalizedText } from './localized-text';

export type PlaceKind =
  | 'RESSOURCERIE'
  | 'INSERTION'
  | 'RECYCLING_CENTRE'
  | 'COLLECTION_POINT'
  | 'REPAIR_CAFE'
  | 'CHARITY_SHOP'
  | 'SECOND_HAND_SHOP'
  | 'REPAIRER'
  | 'SHARING'
  | 'OTHER';

export interface PlaceKindInfo {
  id: PlaceKind;
  label: LocalizedText;
}

export const placeKinds: readonly PlaceKindInfo[] = [
  { id: 'RESSOURCERIE', label: { fr: 'Ressourcerie, recyclerie', en: 'Reuse centre (ressourcerie)' } },
  { id: 'INSERTION', label: { fr: 'Structure d’insertion', en: 'Work-integration social enterprise' } },
  { id: 'RECYCLING_CENTRE', label: { fr: 'Déchèterie', en: 'Recycling centre' } },
  { id: 'COLLECTION_POINT', label: { fr: 'Point de collecte', en: 'Collection point' } },
  { id: 'REPAIR_CAFE', label: { fr: 'Repair café', en: 'Repair café' } },
  { id: 'CHARITY_SHOP', label: { fr: 'Boutique solidaire', en: 'Charity shop' } },
  { id: 'SECOND_HAND_SHOP', label: { fr: 'Dépôt-vente, brocante', en: 'Second-hand shop' } },
  { id: 'REPAIRER', label: { fr: 'Réparateur', en: 'Repairer' } },
  { id: 'SHARING', label: { fr: 'Partage (outilthèque, boîte à dons)', en: 'Sharing (tool library, give box)' } },
  { id: 'OTHER', label: { fr: 'Autre', en: 'Other' } },
];

const placeKindsById = new Map<string, PlaceKindInfo>(placeKinds.map((k) => [k.id, k]));

/** The place kind with this id. */
export function placeKindById(id: string): PlaceKindInfo | undefined {
  return placeKindsById.get(id);
}
