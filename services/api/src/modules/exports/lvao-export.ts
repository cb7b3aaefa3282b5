import { actionById, placeLabelById } from '@reemploi/taxonomy';
import type { PublicPlace } from '../places';
import { LVAO_ACTION_COLUMNS } from '../federation';
import { frenchPhone } from './csv';

// Réemploi place kind → LVAO acteur type and services (qfdmo fixtures acteur-types / acteur-services).
const KIND_TO_LVAO: Record<string, { type: string; services: string[] }> = {
  RESSOURCERIE: { type: 'ess', services: ['recyclerie', 'structure_de_collecte'] },
  INSERTION: { type: 'ess', services: ['recyclerie'] },
  RECYCLING_CENTRE: { type: 'decheterie', services: ['structure_de_collecte'] },
  COLLECTION_POINT: { type: 'pav_public', services: ['structure_de_collecte'] },
  REPAIR_CAFE: { type: 'ess', services: ['atelier_pour_reparer_soi_meme'] },
  CHARITY_SHOP: { type: 'ess', services: ['recyclerie', 'structure_de_collecte'] },
  SECOND_HAND_SHOP: { type: 'commerce', services: ['depot_vente'] },
  REPAIRER: { type: 'artisan', services: ['service_de_reparation'] },
  SHARING: { type: 'ess', services: ['espace_de_partage'] },
  OTHER: { type: '', services: [] },
};
const AUDIENCE: Record<string, string> = {
  PUBLIC: 'Particuliers',
  PROFESSIONALS: 'Professionnels',
  BOTH: 'Particuliers et professionnels',
};

/** Sub-categories per LVAO action code, merging offers of the same action. */
function offersByLvaoAction(place: PublicPlace): Map<string, string[]> {
  const byAction = new Map<string, Set<string>>();
  for (const offer of place.offers) {
    const code = actionById(offer.action)?.lvaoCode;
    if (!code) continue;
    const set = byAction.get(code) ?? new Set<string>();
    offer.subcategories.forEach((s) => set.add(s));
    byAction.set(code, set);
  }
  return new Map([...byAction].map(([code, set]) => [code, [...set]]));
}

/** One place as the cells of places.lvao.csv, in LVAO_COLUMNS order. */
export function lvaoCsvValues(place: PublicPlace): (string | number | null)[] {
  const kind = KIND_TO_LVAO[place.kind] ?? KIND_TO_LVAO.OTHER!;
  const offers = offersByLvaoAction(place);
  const attribution = ['Réemploi Cotentin', ...place.sources.map((s) => s.attribution ?? s.name)];
  return [
    `reemploi_${place.id}`,
    [...new Set(attribution)].join('|'),
    JSON.stringify({ reemploi: place.id }),
    place.name,
    '',
    '',
    '',
    place.description,
    kind.type,
    place.contact.website,
    frenchPhone(place.contact.phone),
    place.address.street,
    '',
    place.address.postcode,
    place.address.commune,
    place.address.inseeCode,
    '',
    '',
    place.lat,
    place.lng,
    place.labels
      .map((id) => placeLabelById(id)?.lvaoCode)
      .filter(Boolean)
      .join('|'),
    place.audience ? (AUDIENCE[place.audience] ?? '') : '',
    '',
    '',
    place.appointmentOnly ? 'true' : 'false',
    kind.services.join('|'),
    place.accessibility,
    '',
    place.openingHours,
    place.homeService ? 'SUR_PLACE_OU_A_DOMICILE' : 'SUR_PLACE',
    '',
    JSON.stringify([...offers].map(([action, sousCategories]) => ({ action, sous_categories: sousCategories }))),
    ...LVAO_ACTION_COLUMNS.map((code) => (offers.get(code) ?? []).join('|')),
    place.updatedAt.toISOString().slice(0, 10),
  ];
}
