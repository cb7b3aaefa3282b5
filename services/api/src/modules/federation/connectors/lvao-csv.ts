import { createHash } from 'node:crypto';
import { actions, placeLabelByLvaoCode, placeLabels, subcategories } from '@reemploi/taxonomy';
import { type CsvRow, headerKey } from './csv-rows';
import { csvRecordTexts, rowsOfRecords } from './csv-rows-where';
import {
  cellText,
  dataFairOptions,
  dataFairRows,
  dataFairSourceOptionsSchema,
  enforceLicence,
  geopoint,
  isDataFairLinesUrl,
  siretText,
} from './data-fair';
import { LVAO_ACTION_COLUMNS } from './lvao-format';
import { OfferBuilder, splitList } from './offers';
import { rowDigester } from './row-digest';
import type { Audience, Connector, ConnectorItem, DeferredItem, PlaceKind, RawRecord } from './types';

/**
 * What turns an LVAO row into a record besides its text: bump LVAO_READING when `lvaoRecord` or what it
 * calls reads a row differently; the taxonomy's actions, sub-categories and labels count by their content.
 * Rows of a re-run are then built again (their digests differ) instead of passing for unchanged.
 */
const LVAO_READING = 1;
let readingKey: string | null = null;
const lvaoReadingKey = () =>
  (readingKey ??= createHash('sha256')
    .update(JSON.stringify([LVAO_READING, actions, subcategories, placeLabels]))
    .digest('base64url'));

const AUDIENCES: Record<string, Audience> = {
  particuliers: 'PUBLIC',
  professionnels: 'PROFESSIONALS',
  'particuliers et professionnels': 'BOTH',
};

/** Place kind from LVAO's actor type and services. */
export function lvaoKind(type: string, services: string[]): PlaceKind {
  if (type === 'decheterie') return 'RECYCLING_CENTRE';
  if (type.startsWith('pav_')) return 'COLLECTION_POINT';
  if (services.includes('atelier_pour_reparer_soi_meme')) return 'REPAIR_CAFE';
  if (services.includes('recyclerie')) return 'RESSOURCERIE';
  if (services.includes('service_de_reparation') || services.includes('structure_qui_sous_traite_la_reparation'))
    return 'REPAIRER';
  if (services.includes('depot_vente') || services.some((s) => s.startsWith('achat_revente')))
    return 'SECOND_HAND_SHOP';
  if (services.includes('espace_de_partage') || services.includes('partage_particuliers')) return 'SHARING';
  if (services.includes('structure_de_collecte')) return type === 'ess' ? 'RESSOURCERIE' : 'COLLECTION_POINT';
  return 'OTHER';
}

/** "[{type: KILOMETRIQUE, valeur: 30}]" → "30 km"; departments → "département 50". */
function perimeter(json: string): string | null {
  if (!json.trim()) return null;
  const list = JSON.parse(json) as { type?: string; valeur?: string | number }[];
  if (!Array.isArray(list)) return null;
  const parts = list.map((p) => {
    if (p.type === 'KILOMETRIQUE') return `${p.valeur} km`;
    if (p.type === 'DEPARTEMENTAL') return `département ${p.valeur}`;
    if (p.type === 'FRANCE_METROPOLITAINE') return 'France métropolitaine';
    if (p.type === 'DROM_TOM') return 'Outre-mer';
    return null;
  });
  return parts.filter(Boolean).join(', ') || null;
}

function offersOf(cells: Record<string, string>) {
  const offers = new OfferBuilder();
  const propositions = cells.propositions_de_services?.trim();
  if (propositions) {
    const list = JSON.parse(propositions) as { action?: string; sous_categories?: string[] }[];
    if (!Array.isArray(list)) throw new Error('propositions_de_services is not a JSON list');
    for (const p of list)
      if (p.action && Array.isArray(p.sous_categories)) offers.addLvao(p.action, p.sous_categories.map(String));
  }
  for (const code of LVAO_ACTION_COLUMNS) offers.addLvao(code, splitList(cells[code]));
  return offers.build();
}

/** One actor of the LVAO export (cells keyed by `headerKey` of the CSV header) as a raw record. */
export function lvaoRecord(cells: Record<string, string>): RawRecord {
  const services = splitList(cells.type_de_services);
  const c = (key: string) => cells[key] ?? '';
  let offers;
  try {
    offers = offersOf(cells);
  } catch (error) {
    throw new Error(`propositions_de_services is not valid JSON (${(error as Error).message})`);
  }
  let homeServiceArea: string | null;
  try {
    homeServiceArea = perimeter(c('perimetreadomicile'));
  } catch {
    homeServiceArea = null;
  }
  const place = c('lieu_prestation').toUpperCase();
  return {
    externalId: c('identifiant').trim() || null,
    name: c('nom_commercial').trim() || c('nom'),
    kind: lvaoKind(c('type_dacteur').trim(), services),
    description: c('description'),
    street: [c('adresse'), c('complement_dadresse')].filter((p) => p.trim()).join(', '),
    postcode: c('code_postal'),
    commune: c('ville'),
    inseeCode: c('code_commune'),
    lat: c('latitude'),
    lng: c('longitude'),
    phone: c('telephone'),
    website: c('site_web'),
    siret: c('siret'),
    openingHours: c('horaires_osm').trim() || c('horaires_description'),
    offers,
    labels: splitList(c('qualites_et_labels'))
      .map((code) => placeLabelByLvaoCode(code)?.id)
      .filter((id): id is string => Boolean(id)),
    audience: AUDIENCES[c('public_accueilli').trim().toLowerCase()] ?? null,
    homeService: place === 'A_DOMICILE' || place === 'SUR_PLACE_OU_A_DOMICILE',
    homeServiceArea,
    appointmentOnly: /^(true|1|oui|vrai)$/i.test(c('uniquement_sur_rdv').trim()),
    accessibility: c('consignes_dacces'),
    attribution: splitList(c('paternite')).join(', ') || null,
    epci: c('code_epci').trim() || null,
  };
}

/** A data-fair row as the CSV's cells: same keys, values as text, `_geopoint` when lat/lon columns are empty. */
function cellsOfApiRow(row: Record<string, unknown>): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) if (!key.startsWith('_')) cells[headerKey(key)] = cellText(value);
  cells.siret = siretText(row.siret);
  if (!cells.latitude?.trim() || !cells.longitude?.trim()) {
    const point = geopoint(row);
    cells.latitude = point.lat;
    cells.longitude = point.lng;
  }
  return cells;
}

function toItem(line: number, cells: Record<string, string>): ConnectorItem {
  try {
    return { line, record: lvaoRecord(cells) };
  } catch (error) {
    return { line, externalId: cells.identifiant?.trim() || null, error: (error as Error).message };
  }
}

/**
 * Whether an actor of this `code_epci` is kept by the source's EPCI filter: one of them, or none given (the
 * run keeps records without an EPCI, for its bounding box to decide). Rows of other EPCIs are skipped
 * before anything is built for them (249 rows in 250 of the national file for one EPCI).
 */
function epciTest(epcis: readonly string[] | undefined): (code: string) => boolean {
  if (!epcis?.length) return () => true;
  const wanted = new Set(epcis);
  return (code) => code === '' || wanted.has(code);
}

/**
 * ADEME's LVAO open data ("Que faire de mes objets et déchets"), one actor per row: the CSV export, or
 * the same dataset through the data-fair API (a `…/datasets/<id>/lines` URL, filtered with
 * `?code_epci_eq=<SIREN>` and paged through its `next` links). From a file in a run, each row comes with the
 * digest of its text; a row whose digest the run has stored is left unbuilt, the others are parsed in bulk.
 */
export const lvaoCsv: Connector = async function* (input, { options, declareLicence, filter, rowDigests }) {
  const inEpci = epciTest(filter?.epci);
  if (isDataFairLinesUrl(input.location)) {
    const { acceptedLicence } = dataFairOptions(dataFairSourceOptionsSchema, 'lvao-csv', options);
    await enforceLicence(input, acceptedLicence, declareLicence);
    for await (const row of dataFairRows(input)) {
      if ('error' in row) yield { line: row.line, externalId: null, error: row.error };
      else if (inEpci(cellText(row.row.code_epci).trim())) yield toItem(row.line, cellsOfApiRow(row.row));
    }
    return;
  }
  const where = filter?.epci?.length ? { column: 'code_epci', keep: inEpci } : null;
  const file = await csvRecordTexts(await input.open(), where);
  if ('fallback' in file) {
    for await (const row of file.fallback) yield itemOfRow(row);
    return;
  }
  const { layout } = file;
  const itemsOf = (rows: CsvRow[]) => rows.map(itemOfRow);
  if (!rowDigests) {
    for await (const batch of file.batches) for (const rows of rowsOfRecords(layout, batch)) yield* itemsOf(rows);
    return;
  }
  const digestOf = rowDigester([rowDigests.salt, lvaoReadingKey(), layout.delimiter, layout.header]);
  for await (const batch of file.batches) {
    const digests = batch.map((record) => digestOf(record.text));
    const stored = digests.map((digest) => rowDigests.stored(digest));
    const built = rowsOfRecords(
      layout,
      batch.filter((_, i) => !stored[i]),
    ).values();
    for (const [i, record] of batch.entries()) {
      const items = stored[i] ? null : itemsOf(built.next().value!);
      if (items?.length === 0) continue; // a row of empty cells
      // Built rows keep their items only (the text would keep its chunk of the file in memory).
      const build = items ? () => items : () => itemsOf(rowsOfRecords(layout, [record])[0]!);
      yield { line: record.line, digest: digests[i]!, build } satisfies DeferredItem;
    }
  }
};

const itemOfRow = (row: CsvRow): ConnectorItem =>
  'error' in row ? { line: row.line, externalId: null, error: row.error } : toItem(row.line, row.cells);
