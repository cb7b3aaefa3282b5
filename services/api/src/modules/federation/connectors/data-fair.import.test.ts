import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Types } from 'mongoose';
import { useTestDatabase } from '../../../../test/db';
import { countsOf, LOCAL_FIXTURES } from '../../../../test/federation-import';
import { FIXTURES, fixture } from '../../../../test/federation-fixtures';
import { PlaceModel } from '../../places/place.model';
import { SourceModel } from '../../places/source.model';
import { ImportRunModel } from '../runs/import-run.model';
import { MatchReviewModel } from '../matching/match-review.model';
import { runImport } from '../runs/run-import';
import { newLockOwner } from '../runs/source-lock';
import { ensureSource } from '../sources/sources';
import { isOpenLicence } from './data-fair';

interface Dataset {
  dataset: { id: string; license?: { title: string; href: string | null } };
  results: Record<string, unknown>[];
}

/**
 * ADEME's data-fair as the connectors see it, on loopback: `GET …/datasets/<id>` answers the dataset's
 * description, `GET …/datasets/<id>/lines` its rows filtered by `<field>_eq`, sorted by `sort`, `size` at a
 * time, with a `next` link carrying an `after` cursor until the last page. The rows are the fixture files
 * datafair-*.json (reconstructed from the documented schemas, see their `_comment`).
 */
function useDataFair() {
  const ctx = { url: '', requests: [] as string[] };
  const datasets = new Map<string, Dataset>();
  for (const file of readdirSync(FIXTURES).filter((f) => f.startsWith('datafair-'))) {
    const data = JSON.parse(readFileSync(fixture(file), 'utf8')) as Dataset;
    datasets.set(data.dataset.id, data);
  }
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', ctx.url);
      ctx.requests.push(`${url.pathname}${url.search}`);
      const match = /^\/data-fair\/api\/v1\/datasets\/([^/]+)(\/lines)?$/.exec(url.pathname);
      const data = match ? datasets.get(decodeURIComponent(match[1]!)) : undefined;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      if (!data) return void res.writeHead(404).end('{"error":"not found"}');
      if (!match![2]) return void res.end(JSON.stringify(data.dataset));
      let rows = data.results.filter((row) =>
        [...url.searchParams].every(([key, value]) => !key.endsWith('_eq') || String(row[key.slice(0, -3)]) === value),
      );
      const sort = url.searchParams.get('sort');
      if (sort?.startsWith('-')) {
        const field = sort.slice(1);
        rows = [...rows].sort((a, b) => Number(b[field]) - Number(a[field]));
      }
      const size = Number(url.searchParams.get('size') ?? '12');
      const after = url.searchParams.get('after');
      const start = after ? rows.findIndex((row) => String(row._i) === after) + 1 : 0;
      const page = rows.slice(start, start + size);
      const body: Record<string, unknown> = { total: rows.length, results: page };
      if (start + size < rows.length) {
        const next = new URL(url);
        next.searchParams.set('after', String(page[page.length - 1]!._i));
        if (url.searchParams.has('foreign_next')) next.hostname = 'localhost';
        body.next = next.toString();
      }
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ctx.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return ctx;
}

async function importSource(format: string, name: string, location: string, options?: unknown) {
  const source = await ensureSource({ name, format, options });
  return runSource(source._id, location);
}

function runSource(sourceId: Types.ObjectId, location: string) {
  return runImport({
    sourceId,
    location,
    trigger: 'CLI',
    owner: newLockOwner(),
    geocoder: null,
    maxBytes: 5 * 1024 * 1024,
    fetchTimeoutMs: 5000,
    lockTtlMs: 30_000,
    urlPolicy: LOCAL_FIXTURES,
  });
}

const placeOf = (externalId: string) => PlaceModel.findOne({ 'sources.externalId': externalId }).lean();
const linesRequests = (requests: string[], dataset: string) =>
  requests.filter((r) => r.startsWith(`/data-fair/api/v1/datasets/${dataset}/lines`));

describe('ADEME data-fair connectors', () => {
  useTestDatabase();
  const dataFair = useDataFair();
  const datasetUrl = (id: string, query: string) => `${dataFair.url}/data-fair/api/v1/datasets/${id}/lines?${query}`;
  beforeAll(() => Promise.all([PlaceModel.init(), SourceModel.init(), ImportRunModel.init(), MatchReviewModel.init()]));
  beforeEach(() => (dataFair.requests.length = 0));

  it('reads LVAO actors of one EPCI through the API page by page, with the CSV connector’s mapping', async () => {
    const url = datasetUrl('longue-vie-aux-objets-acteurs', 'size=2&code_epci_eq=200067205');
    const summary = await importSource('lvao-csv', 'LVAO (API)', url);
    expect(countsOf(summary)).toEqual({
      created: 5,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      closed: 0,
      queuedForReview: 0,
    });
    expect(summary.errors).toEqual([
      expect.objectContaining({
        externalId: 'lvaoDF0005',
        code: 'ROW_UNREADABLE',
        reason: expect.stringMatching(/propositions_de_services/),
      }),
    ]);
    const pages = linesRequests(dataFair.requests, 'longue-vie-aux-objets-acteurs');
    expect(pages).toHaveLength(3); // 6 actors of the EPCI, 2 a page, the `next` links followed to the end
    expect(pages.every((p) => p.includes('code_epci_eq=200067205'))).toBe(true);
    expect(await placeOf('lvaoDF0004')).toBeNull(); // Saint-Lô Agglo: another EPCI
    expect(await placeOf('lvaoDF0001')).toMatchObject({
      name: 'Atelier vélo du Cotentin',
      kind: 'REPAIR_CAFE',
      offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
      openingHours: 'Tu-Sa 14:00-18:00',
    });
    const repairer = (await placeOf('lvaoDF0002'))!;
    expect(repairer).toMatchObject({ name: 'Répar’Tout Équeurdreville', kind: 'REPAIRER', siret: '12345678900012' });
    // Empty latitude/longitude columns: the point is data-fair's `_geopoint`.
    expect((await placeOf('lvaoDF0003'))!.location?.coordinates).toEqual([-1.4702, 49.5087]);
    // The licence the dataset declares replaces the format's default on the source and its places.
    expect((await SourceModel.findOne({ name: 'LVAO (API)' }).lean())!.licence).toBe(
      'Licence Ouverte / Open Licence version 2.0',
    );
    expect(repairer.sources[0]!.licence).toBe('Licence Ouverte / Open Licence version 2.0');
  });

  it('reads SINOE déchèteries through the API: latest year only, waste codes through the nomenclature, paging to the end', async () => {
    const url = datasetUrl(encodeURIComponent('sinoe-(r)-annuaire-des-decheteries-dma'), 'size=2');
    const summary = await importSource('sinoe', 'SINOE (API)', url);
    expect(countsOf(summary)).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      closed: 0,
      queuedForReview: 0,
    });
    expect(summary.errors).toEqual([expect.objectContaining({ externalId: 'DCH50014', code: 'LOCATION_MISSING' })]);
    const pages = linesRequests(dataFair.requests, encodeURIComponent('sinoe-(r)-annuaire-des-decheteries-dma'));
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => p.includes('sort=-ANNEE'))).toBe(true);
    const bricquebec = (await placeOf('DCH50011'))!;
    expect(bricquebec.name).toBe('Déchèterie de Bricquebec'); // 2024, not the 2023 row
    expect(bricquebec.location?.coordinates).toEqual([-1.6321, 49.4701]);
    expect(bricquebec.offers[0]!.subcategories).toEqual(
      expect.arrayContaining([
        'dechets_verts',
        'petit_electromenager',
        'batterie_de_voitures_pour_demarrage',
        'dechets_de_produits_chimiques',
      ]),
    );
    const pieux = (await placeOf('DCH50012'))!;
    expect(pieux.audience).toBe('BOTH');
    // 07.21 is not in the nomenclature: read as its parent 07.2, textiles.
    expect(pieux.offers[0]!.subcategories).toEqual(
      expect.arrayContaining(['dechets_verts', 'vetement', 'linge_de_maison', 'emballage_carton']),
    );
    expect((await placeOf('DCH50013'))!.audience).toBe('PROFESSIONALS');
  });

  it('imports Refashion’s points with their kinds, actions and understandable names, under the dataset’s licence', async () => {
    const summary = await importSource('eco-organismes', 'Refashion', datasetUrl('donnees-eo-refashion', 'size=2'));
    expect(countsOf(summary)).toEqual({
      created: 4,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      closed: 0,
      queuedForReview: 0,
    });
    expect(summary.errors).toEqual([
      expect.objectContaining({ externalId: 'REF-00004', code: 'COORDINATES_UNREADABLE' }),
    ]);
    expect(linesRequests(dataFair.requests, 'donnees-eo-refashion')).toHaveLength(3);
    const bin = (await placeOf('REF-00001'))!;
    expect(bin).toMatchObject({
      name: 'Point de collecte textile — Refashion, Le Relais',
      kind: 'COLLECTION_POINT',
      offers: [{ action: 'DROP_OFF', subcategories: ['chaussures', 'linge_de_maison', 'vetement'] }],
    });
    expect(bin.sources[0]).toMatchObject({
      licence: 'Licence Ouverte / Open Licence version 2.0',
      attribution: 'Refashion (données publiées par l’ADEME)',
    });
    const emmaus = (await placeOf('REF-00002'))!;
    expect(emmaus).toMatchObject({ name: 'Emmaüs Cotentin', kind: 'RESSOURCERIE', labels: ['ess'] });
    expect(emmaus.offers.map((o) => o.action).sort()).toEqual(['DONATE', 'DROP_OFF']);
    expect(emmaus.offers[0]!.subcategories).toContain('jouet');
    expect(await placeOf('REF-00003')).toMatchObject({
      name: 'Atelier Marie Couture',
      kind: 'REPAIRER',
      labels: ['refashion'],
      offers: [{ action: 'REPAIR', subcategories: ['chaussures', 'vetement'] }],
    });
    // No name of its own, no accepted products listed, decimal commas, "CEDEX 3" in the address.
    const unnamed = (await placeOf('REF-00005'))!;
    expect(unnamed).toMatchObject({
      name: 'Point de collecte textile — Refashion',
      offers: [{ action: 'DROP_OFF', subcategories: ['chaussures', 'linge_de_maison', 'vetement'] }],
    });
    expect(unnamed.location?.coordinates).toEqual([-1.5502, 49.6001]);
    expect(unnamed.address).toMatchObject({ street: 'Rue du Val de Saire', postcode: '50110' });
    expect((await SourceModel.findOne({ name: 'Refashion' }).lean())!.licence).toBe(
      'Licence Ouverte / Open Licence version 2.0',
    );
  });

  it('names a supermarket’s battery box after the stream, the eco-organism and the shop', async () => {
    const summary = await importSource('eco-organismes', 'Batribox', datasetUrl('donnees-eo-batribox', ''));
    expect(countsOf(summary)).toMatchObject({ created: 2, rejected: 0 });
    expect(linesRequests(dataFair.requests, 'donnees-eo-batribox')).toEqual([
      '/data-fair/api/v1/datasets/donnees-eo-batribox/lines?size=1000',
    ]);
    expect(await placeOf('BAT-00001')).toMatchObject({
      name: 'Point de collecte piles — Batribox, Carrefour Market',
      kind: 'COLLECTION_POINT',
      description: 'Dépôt sans obligation d’achat (reprise « 1 pour 0 »).',
      siret: '05678912300014', // a number in the dataset: its leading zero restored
      offers: [{ action: 'DROP_OFF', subcategories: ['batteries_et_piles_portables'] }],
    });
    expect(await placeOf('BAT-00002')).toMatchObject({ name: 'Déchèterie de Tourlaville', kind: 'RECYCLING_CENTRE' });
  });

  it('refuses a dataset whose licence is not open until the operator accepts that very licence', async () => {
    const url = datasetUrl('donnees-eo-ecodds', '');
    const refused = await importSource('eco-organismes', 'EcoDDS', url);
    expect(refused.status).toBe('FAILED');
    expect(refused.error).toMatch(/^LICENCE_NOT_ACCEPTED: donnees-eo-ecodds is published under "Licence fermée/);
    expect(linesRequests(dataFair.requests, 'donnees-eo-ecodds')).toEqual([]); // not even read
    expect(await PlaceModel.countDocuments({ 'sources.name': 'EcoDDS' })).toBe(0);

    const otherLicence = await importSource('eco-organismes', 'EcoDDS', url, { acceptedLicence: 'Licence fermée v1' });
    expect(otherLicence.error).toMatch(/^LICENCE_NOT_ACCEPTED/);

    const title = 'Licence fermée — réutilisation soumise à autorisation';
    const accepted = await importSource('eco-organismes', 'EcoDDS', url, { acceptedLicence: title });
    expect(countsOf(accepted)).toMatchObject({ created: 1, rejected: 0 });
    expect((await SourceModel.findOne({ name: 'EcoDDS' }).lean())!.licence).toBe(title);
    const centre = (await placeOf('ECO-00001'))!;
    expect(centre.sources[0]!.licence).toBe(title);
    expect(centre.offers[0]!.subcategories).toEqual([
      'dechets_de_peintures_vernis_encres_et_colles_produits_chimiques',
      'produits_chimiques_solvants',
    ]);
  });

  it('refuses options an eco-organismes source does not take, saving nothing', async () => {
    await expect(
      ensureSource({ name: 'Valdelia', format: 'eco-organismes', options: { acceptedLicense: 'x' } }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      ensureSource({ name: 'OSM', format: 'osm-overpass', options: { profile: 'refashion' } }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await SourceModel.countDocuments({ name: { $in: ['Valdelia', 'OSM'] } })).toBe(0);
  });

  it('fails a run whose stored options are not valid (written by hand in the database), saying which', async () => {
    const source = await ensureSource({ name: 'Refashion (options à la main)', format: 'eco-organismes' });
    await SourceModel.updateOne({ _id: source._id }, { $set: { options: { profile: 'le-relais' } } });
    const summary = await runSource(source._id, datasetUrl('donnees-eo-refashion', ''));
    expect(summary.status).toBe('FAILED');
    expect(summary.error).toMatch(/^the eco-organismes source's options are invalid: profile: /);
  });

  it('does not follow a next page link to another server: the run fails and closes nothing', async () => {
    const url = datasetUrl('donnees-eo-batribox', 'size=1&foreign_next=1');
    const summary = await importSource('eco-organismes', 'Batribox', url);
    expect(summary.status).toBe('FAILED');
    expect(summary.error).toMatch(/a next page link leaves http:\/\/127\.0\.0\.1/);
    expect(dataFair.requests.filter((r) => r.includes('after='))).toEqual([]);
    expect(await PlaceModel.countDocuments({ 'sources.name': 'Batribox', status: 'CLOSED' })).toBe(0);
  });

  it('tells open licences from the others', () => {
    const open = (title: string, href: string | null = null) => isOpenLicence({ title, href });
    expect(open('Licence Ouverte / Open Licence version 2.0')).toBe(true);
    expect(open('Open Database License (ODbL)')).toBe(true);
    expect(open('Creative Commons Attribution 4.0', 'https://creativecommons.org/licenses/by/4.0/')).toBe(true);
    expect(open('CC-BY-NC 4.0')).toBe(false);
    expect(open('Licence fermée')).toBe(false);
    expect(open('Usage interne')).toBe(false);
  });
});
