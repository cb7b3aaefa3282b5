import { PLACE_KIND_IDS, type PlaceKind } from './ids';
import type { LocalizedText } from './localized-text';

export interface PlaceKindInfo {
  id: PlaceKind;
  label: LocalizedText;
}

const kindLabels: Record<PlaceKind, LocalizedText> = {
  RESSOURCERIE: { fr: 'Ressourcerie, recyclerie', en: 'Reuse centre (ressourcerie)' },
  INSERTION: { fr: 'Structure d’insertion', en: 'Work-integration social enterprise' },
  RECYCLING_CENTRE: { fr: 'Déchèterie', en: 'Recycling centre' },
  COLLECTION_POINT: { fr: 'Point de collecte', en: 'Collection point' },
  REPAIR_CAFE: { fr: 'Repair café', en: 'Repair café' },
  CHARITY_SHOP: { fr: 'Boutique solidaire', en: 'Charity shop' },
  SECOND_HAND_SHOP: { fr: 'Dépôt-vente, brocante', en: 'Second-hand shop' },
  REPAIRER: { fr: 'Réparateur', en: 'Repairer' },
  SHARING: { fr: 'Partage (outilthèque, boîte à dons)', en: 'Sharing (tool library, give box)' },
  OTHER: { fr: 'Autre', en: 'Other' },
};

export const placeKinds: readonly PlaceKindInfo[] = PLACE_KIND_IDS.map((id) => ({ id, label: kindLabels[id] }));

const placeKindsById = new Map<string, PlaceKindInfo>(placeKinds.map((k) => [k.id, k]));

/** The place kind with this id. */
export function placeKindById(id: string): PlaceKindInfo | undefined {
  return placeKindsById.get(id);
}
