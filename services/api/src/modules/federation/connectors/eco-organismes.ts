import { subcategories } from '@reemploi/taxonomy';
import { z } from 'zod';
import {
  cellText,
  dataFairDatasetId,
  dataFairOptions,
  dataFairRows,
  dataFairSourceOptionsSchema,
  enforceLicence,
  siretText,
} from './data-fair';
import {
  ECO_ORGANISME_IDS,
  ECO_ORGANISME_PROFILES,
  EO_PRODUCT_WORDS,
  productKey,
  profileOfDataset,
  type EcoOrganismeId,
  type EcoOrganismeProfile,
} from './eco-organisme-profiles';
import { OfferBuilder, splitList } from './offers';
import type { Audience, Connector, ConnectorItem, PlaceKind, RawRecord } from './types';

/**
 * Options of an `eco-organismes` source (Source.options, a territory profile's `options`):
 * - `profile`: which eco-organism, when the URL is not a `donnees-eo-<name>` dataset ("refashion", "batribox"…);
 * - `acceptedLicence`: the exact title of a licence that is not open, which the operator has checked allows
 *   this use. A dataset published under a licence that is not open is refused (LICENCE_NOT_ACCEPTED)
 *   unless it is this one; if the publisher changes the licence, the source is refused again.
 */
export const ecoOrganismesOptionsSchema = dataFairSourceOptionsSchema
  .extend({ profile: z.enum(ECO_ORGANISME_IDS).optional() })
  .strict();
export type EcoOrganismesOptions = z.infer<typeof ecoOrganismesOptionsSchema>;

const yes = (value: unknown) => value === true || /^(oui|true|vrai|1|yes)$/i.test(cellText(value).trim());

/** type_de_point_de_collecte, accent-free and lowercase. */
const pointType = (value: unknown) => productKey(cellText(value));

const AUDIENCES: Record<string, Audience | null> = {
  particuliers: 'PUBLIC',
  dma: 'PUBLIC',
  professionnels: 'PROFESSIONALS',
  pro: 'PROFESSIONALS',
  'particuliers et professionnels': 'BOTH',
  'dma/pro': 'BOTH',
};

/** Every sub-category by its own label, accent-free ("vetement", "linge de maison"). */
const BY_LABEL = new Map(subcategories.map((s) => [productKey(s.label.fr), s.id]));

/** produitsdechets_acceptes ("Vêtement|Linge|Chaussure") → sub-categories; unknown wording is left out. */
export function eoSubcategories(list: string): string[] {
  const found = new Set<string>();
  for (const item of splitList(list)) {
    const k = productKey(item);
    const subs = EO_PRODUCT_WORDS[k] ?? (BY_LABEL.has(k) ? [BY_LABEL.get(k)!] : []);
    subs.forEach((s) => found.add(s));
  }
  return [...found];
}

interface Services {
  repair: boolean;
  reuse: boolean;
  collection: boolean;
}

function servicesOf(row: Record<string, unknown>): Services {
  const repair = yes(row.point_de_reparation) || yes(row.point_dapport_de_service_reparation);
  const reuse = yes(row.point_dapport_pour_reemploi);
  const flagged = ['point_de_reparation', 'point_dapport_de_service_reparation', 'point_dapport_pour_reemploi'].some(
    (k) => k in row,
  );
  // Datasets without the service flags list collection points only.
  const collection = yes(row.point_de_collecte_ou_de_reprise_des_dechets) || (!flagged && !repair && !reuse);
  return { repair, reuse, collection };
}

function kindOf(type: string, services: Services): PlaceKind {
  if (type.startsWith('decheterie') || type.startsWith('plateforme inertes')) return 'RECYCLING_CENTRE';
  if (type.startsWith('point d apport volontaire')) return 'COLLECTION_POINT';
  if (services.repair) return 'REPAIRER';
  if (type.startsWith('association') && services.reuse) return 'RESSOURCERIE';
  // A shop, a craftsman, a pharmacy… that takes the stream back: a collection point hosted there.
  return services.collection || services.reuse ? 'COLLECTION_POINT' : 'OTHER';
}

/** "12 Rue de la Paix 50100 Cherbourg-en-Cotentin" → street, postcode, commune (CEDEX dropped). */
export function splitBanAddress(text: string): { street: string; postcode: string; commune: string } {
  const clean = text.replace(/\bcedex\s*\d*\b/gi, '').trim();
  const match = /^(.*?)[\s,]*\b(\d{5})\b\s*(.*)$/.exec(clean);
  if (!match) return { street: clean, postcode: '', commune: '' };
  return { street: match[1]!.trim(), postcode: match[2]!, commune: match[3]!.trim() };
}

/** What residents read for a point: its own name, or "Point de collecte piles — Batribox, Carrefour Market". */
function nameOf(kind: PlaceKind, row: Record<string, unknown>, profile: EcoOrganismeProfile): string {
  const brand = cellText(row.enseigne_commerciale).trim();
  const organisation = cellText(row.nom_de_lorganisme).trim();
  const eco = cellText(row.ecoorganisme).trim() || profile.name;
  if (kind !== 'COLLECTION_POINT') return brand || organisation || `Point de collecte ${profile.stream} — ${eco}`;
  const host = brand || organisation;
  const hostIsEco = !host || productKey(host) === productKey(eco);
  return `Point de collecte ${profile.stream} — ${hostIsEco ? eco : `${eco}, ${host}`}`;
}

/** What `reprise` means for a resident bringing an object back. */
function takeBackTerms(value: unknown): string | undefined {
  const terms = productKey(cellText(value));
  if (terms === '1 pour 1' || terms === 'oui')
    return 'Reprise « 1 pour 1 » : un objet usagé est repris à l’achat d’un objet neuf équivalent.';
  if (terms === '1 pour 0' || terms === 'non') return 'Dépôt sans obligation d’achat (reprise « 1 pour 0 »).';
  return undefined;
}

function toRecord(row: Record<string, unknown>, profile: EcoOrganismeProfile): RawRecord {
  const services = servicesOf(row);
  const type = pointType(row.type_de_point_de_collecte);
  const kind = kindOf(type, services);
  const listed = eoSubcategories(cellText(row.produitsdechets_acceptes));
  const subs = listed.length > 0 ? listed : profile.subcategories;
  const offers = new OfferBuilder();
  if (services.collection) offers.add('DROP_OFF', subs);
  if (services.reuse) offers.add('DONATE', subs);
  if (services.repair) offers.add('REPAIR', subs);
  const address = splitBanAddress(cellText(row.adresse_format_ban));
  const labels = [
    ...(type.startsWith('association') ? ['ess'] : []),
    ...(profile.repairBonusLabel && /bonus r[eé]paration/i.test(cellText(row.labels_etou_bonus))
      ? [profile.repairBonusLabel]
      : []),
  ];
  const eco = cellText(row.ecoorganisme).trim() || profile.name;
  return {
    externalId: cellText(row.id_point_apport_ou_reparation).trim() || null,
    name: nameOf(kind, row, profile),
    kind,
    description: services.collection ? takeBackTerms(row.reprise) : undefined,
    street: [address.street, cellText(row.adresse_complement).trim()].filter(Boolean).join(', '),
    postcode: address.postcode,
    commune: address.commune,
    lat: cellText(row.latitudewgs84).replace(',', '.'),
    lng: cellText(row.longitudewgs84).replace(',', '.'),
    phone: cellText(row.telephone),
    website: cellText(row.site_web),
    siret: siretText(row.siret),
    openingHours: cellText(row.horaires_douverture),
    accessibility: cellText(row.consignes_dacces),
    offers: offers.build(),
    labels,
    audience: AUDIENCES[productKey(cellText(row.public_accueilli))] ?? null,
    appointmentOnly: yes(row.uniquement_sur_rdv),
    attribution: `${eco} (données publiées par l’ADEME)`,
  };
}

/** The profile of a source: its `profile` option, else its dataset's (`donnees-eo-<name>`). */
export function ecoOrganismeOf(location: string, options: EcoOrganismesOptions): EcoOrganismeId {
  const id = options.profile ?? profileOfDataset(dataFairDatasetId(location));
  if (!id)
    throw new Error(
      `no eco-organism profile for ${location}: use a donnees-eo-<name> dataset or set the source option profile (${ECO_ORGANISME_IDS.join(', ')})`,
    );
  return id;
}

/**
 * Eco-organisms' collection, reuse and repair points as ADEME publishes them (data-fair datasets
 * `donnees-eo-<name>`, paged through `next`): the dataset's licence is read first and the run refused
 * when it is not open and not the one the operator accepted; the open licence found is declared to the run
 * (stored on the source, shown with each place).
 */
export const ecoOrganismes: Connector = async function* (input, { options, declareLicence }) {
  const parsed = dataFairOptions(ecoOrganismesOptionsSchema, 'eco-organismes', options);
  const profile = ECO_ORGANISME_PROFILES[ecoOrganismeOf(input.location, parsed)];
  await enforceLicence(input, parsed.acceptedLicence, declareLicence);
  for await (const item of dataFairRows(input)) {
    if ('error' in item) {
      yield { line: item.line, externalId: null, error: item.error };
      continue;
    }
    yield toItem(item.line, item.row, profile);
  }
};

function toItem(line: number, row: Record<string, unknown>, profile: EcoOrganismeProfile): ConnectorItem {
  try {
    return { line, record: toRecord(row, profile) };
  } catch (error) {
    return { line, externalId: cellText(row.id_point_apport_ou_reparation) || null, error: (error as Error).message };
  }
}
