import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useTestDatabase } from '../../../../test/db';
import { fixture } from '../../../../test/federation-fixtures';
import { countsOf, importFile, testFederationConfig, testProfile } from '../../../../test/federation-import';
import { syncTerritory } from '../territory/sync-territory';
import type { TerritoryProfile } from '../territory/territory-profile';
import { PlaceModel } from '../../places/place.model';
import { MatchReviewModel } from './match-review.model';

// Records shaped like each source's real export (the columns of the SINOE and LVAO CSV exports, an Overpass
// answer with `center` for a mapped area), written per test so each rule reads on its own.
const dir = mkdtempSync(path.join(tmpdir(), 'cross-source-'));
let files = 0;
const write = (name: string, text: string) => {
  const file = path.join(dir, `${(files += 1)}-${name}`);
  writeFileSync(file, text);
  return file;
};

const SINOE_HEADER =
  'C_SERVICE;N_SERVICE;AD1_SITE;AD2_SITE;CP_SITE;L_VILLE_SITE;LST_TYPE_DECHET;ORIGINE_DECHET_ACC;TEL_SERVICE;C_ACTEUR;N_ACTEUR;C_COMM;C_DEPT;D_OUV;D_MODIF;GPS_LAT;GPS_LONG;ANNEE';
function sinoeCsv(rows: { id: string; name: string; street: string; lat: string; lng: string }[]) {
  const lines = rows.map((r) =>
    [
      r.id,
      r.name,
      r.street,
      '',
      '50110',
      'Cherbourg-en-Cotentin',
      'Déchets verts|Gravats|Encombrants|DEEE|Textiles',
      'Ménages',
      '02 33 40 00 00',
      'CAC',
      'Communauté d’agglomération du Cotentin',
      '50129',
      '50',
      '2001',
      '2024-05-14',
      r.lat,
      r.lng,
      '2023',
    ].join(';'),
  );
  return write('sinoe.csv', [SINOE_HEADER, ...lines].join('\r\n'));
}

const LVAO_HEADER = readFileSync(fixture('lvao-cotentin.csv'), 'utf8').split('\n')[0]!.trim();
const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
function lvaoCsv(rows: Record<string, string>[]) {
  const columns = LVAO_HEADER.split(',');
  const base: Record<string, string> = {
    paternite: 'Longue Vie Aux Objets|ADEME',
    code_postal: '50100',
    ville: 'Cherbourg-en-Cotentin',
    code_commune: '50129',
    code_epci: '200067205',
    nom_epci: "Communauté d'agglomération du Cotentin",
    public_accueilli: 'Particuliers',
    lieu_prestation: 'SUR_PLACE',
    date_de_derniere_modification: '2025-10-02',
  };
  const lines = rows.map((row) => columns.map((c) => csvCell({ ...base, ...row }[c] ?? '')).join(','));
  return write('lvao.csv', [LVAO_HEADER, ...lines].join('\n'));
}

function overpassJson(elements: unknown[]) {
  return write(
    'overpass.json',
    JSON.stringify({ version: 0.6, generator: 'Overpass API 0.7.62', osm3s: {}, elements }),
  );
}

const FEDERATION = testFederationConfig(50 * 1024 * 1024);

const profileOf = (sources: TerritoryProfile['sources']) => testProfile(sources, dir);

describe('one place across sources (SINOE, LVAO, OpenStreetMap)', () => {
  useTestDatabase();
  beforeAll(() => MatchReviewModel.init());

  it('makes the same déchèterie from SINOE, LVAO and OpenStreetMap one place with three provenances', async () => {
    const sinoe = sinoeCsv([
      { id: 'DCH50001', name: 'Déchèterie de Tourlaville', street: 'Rue des Prairies', lat: '49,6281', lng: '-1,5923' },
    ]);
    // LVAO names it after the syndicate and places it ~90 m away (its address point).
    const lvao = lvaoCsv([
      {
        identifiant: 'lvaoDCH1',
        nom: 'Déchetterie communautaire - Cherbourg-en-Cotentin',
        type_dacteur: 'decheterie',
        adresse: 'Rue des Prairies',
        latitude: '49.6289',
        longitude: '-1.5920',
        type_de_services: 'structure_de_collecte',
        propositions_de_services: '[{"action":"trier","sous_categories":["meuble","vetement"]}]',
      },
    ]);
    // OpenStreetMap maps the site as an area: its centre is ~150 m from SINOE's gate, and its name differs.
    const osm = overpassJson([
      {
        type: 'way',
        id: 31000001,
        center: { lat: 49.6268, lon: -1.5935 },
        tags: {
          amenity: 'recycling',
          recycling_type: 'centre',
          name: 'Déchetterie de Cherbourg-en-Cotentin – Tourlaville',
          operator: 'Communauté d’agglomération du Cotentin',
        },
      },
    ]);
    // The territory lists SINOE first; the sync runs them from the lowest priority up (OSM, LVAO, SINOE), so
    // each source may join the place the ones below it listed.
    const result = await syncTerritory(
      profileOf([
        { key: 'sinoe', name: 'SINOE', format: 'sinoe', url: sinoe },
        { key: 'lvao', name: 'LVAO', format: 'lvao-csv', url: lvao },
        { key: 'osm', name: 'OSM', format: 'osm-overpass', url: osm },
      ]),
      { federation: FEDERATION },
    );
    expect(result.sources.map((r) => [r.key, r.created, r.updated, r.queuedForReview])).toEqual([
      ['osm', 1, 0, 0],
      ['lvao', 0, 1, 0],
      ['sinoe', 0, 1, 0],
    ]);
    const places = await PlaceModel.find({ kind: 'RECYCLING_CENTRE' }).lean();
    expect(places).toHaveLength(1);
    expect(places[0]!.sources.map((s) => s.externalId).sort()).toEqual(['DCH50001', 'lvaoDCH1', 'way/31000001']);
    expect(places[0]!.sources.map((s) => s.name).sort()).toEqual(['LVAO', 'OSM', 'SINOE']);
  }, 60_000);

  it('keeps a Refashion textile bin at a charity shop’s address a place of its own', async () => {
    // The shop, from LVAO: Emmaüs's boutique.
    const shop = lvaoCsv([
      {
        identifiant: 'lvaoSHOP1',
        nom: 'Emmaüs Cherbourg',
        siret: '77567227200113',
        telephone: '02 33 44 55 66',
        type_dacteur: 'ess',
        adresse: '30 rue Gambetta',
        latitude: '49.6402',
        longitude: '-1.6231',
        type_de_services: 'recyclerie|structure_de_collecte',
        propositions_de_services:
          '[{"action":"donner","sous_categories":["vetement","meuble"]},{"action":"acheter","sous_categories":["vetement","meuble"]}]',
      },
    ]);
    // The bin in front of it, as Refashion declares it in LVAO: same address, same name, same phone, same SIRET.
    const bin = lvaoCsv([
      {
        identifiant: 'lvaoRF1',
        nom: 'Emmaüs Cherbourg',
        siret: '77567227200113',
        telephone: '02 33 44 55 66',
        paternite: 'Longue Vie Aux Objets|ADEME|Refashion',
        identifiants_des_contributeurs: '{"refashion":"RF-50129-0007"}',
        type_dacteur: 'pav_prive',
        adresse: '30 rue Gambetta',
        latitude: '49.6402',
        longitude: '-1.6231',
        type_de_services: 'structure_de_collecte',
        propositions_de_services: '[{"action":"trier","sous_categories":["vetement","linge_de_maison","chaussures"]}]',
      },
    ]);
    expect(countsOf(await importFile('lvao-csv', 'LVAO boutiques', shop))).toMatchObject({ created: 1 });
    expect(countsOf(await importFile('lvao-csv', 'Refashion', bin))).toMatchObject({
      created: 1,
      updated: 0,
      queuedForReview: 0,
    });
    const kinds = (await PlaceModel.find({ 'address.street': '30 rue Gambetta' }).lean()).map((p) => p.kind).sort();
    expect(kinds).toEqual(['COLLECTION_POINT', 'RESSOURCERIE']);
    // An OpenStreetMap textile container at the same spot joins neither: it is another container.
    const container = overpassJson([
      {
        type: 'node',
        id: 9200000001,
        lat: 49.6402,
        lon: -1.6231,
        tags: { amenity: 'recycling', recycling_type: 'container', 'recycling:clothes': 'yes', operator: 'Emmaüs' },
      },
    ]);
    const osm = countsOf(await importFile('osm-overpass', 'OSM conteneurs', container));
    expect(osm.created + osm.updated + osm.queuedForReview).toBe(1);
    expect(await PlaceModel.countDocuments({ kind: 'RESSOURCERIE' })).toBe(1);
    const shopPlace = await PlaceModel.findOne({ kind: 'RESSOURCERIE' }).lean();
    expect(shopPlace!.sources.map((s) => s.externalId)).toEqual(['lvaoSHOP1']);
  }, 60_000);

  it('sends a déchèterie that only resembles one 800 m away to the review queue, creating nothing', async () => {
    const sinoe = sinoeCsv([
      { id: 'DCH50006', name: 'Déchèterie de Valognes', street: 'ZA d’Armanville', lat: '49,5150', lng: '-1,4620' },
    ]);
    // Another source's point is 800 m off (a commune-level geocoding): same kind, resembling name.
    const osm = overpassJson([
      {
        type: 'node',
        id: 9300000001,
        lat: 49.5222,
        lon: -1.462,
        tags: { amenity: 'recycling', recycling_type: 'centre', name: 'Déchetterie Valognes' },
      },
    ]);
    expect(countsOf(await importFile('sinoe', 'SINOE Valognes', sinoe))).toMatchObject({ created: 1 });
    expect(countsOf(await importFile('osm-overpass', 'OSM Valognes', osm))).toMatchObject({
      created: 0,
      updated: 0,
      queuedForReview: 1,
    });
    expect(await PlaceModel.countDocuments({ name: /valognes/i })).toBe(1);
    const review = await MatchReviewModel.findOne({ sourceName: 'OSM Valognes' }).lean();
    expect(review).toMatchObject({ status: 'PENDING', externalId: 'node/9300000001' });
    expect(review!.reason).toMatch(/déchèterie with a similar name 80\d m away/);
  }, 60_000);
});
