import { readFileSync } from 'node:fs';
import { useTestDatabase } from '../../../../test/db';
import { countsOf, importFile } from '../../../../test/federation-import';
import { fixture, useFixtureServer } from '../../../../test/federation-fixtures';
import { PlaceModel } from '../../places/place.model';
import { ImportRunModel } from '../runs/import-run.model';
import { MatchReviewModel } from '../matching/match-review.model';
import { SourceModel } from '../../places/source.model';

const mapping = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8')) as unknown;
const placeOf = (externalId: string) => PlaceModel.findOne({ 'sources.externalId': externalId }).lean();

describe('importing every connector’s real format', () => {
  useTestDatabase();
  const server = useFixtureServer();
  beforeAll(() => Promise.all([PlaceModel.init(), SourceModel.init(), ImportRunModel.init(), MatchReviewModel.init()]));

  it('imports OpenStreetMap bins, shops and repair cafés with their ODbL attribution', async () => {
    const summary = await importFile('osm-overpass', 'OpenStreetMap', fixture('osm-overpass-cotentin.json'));
    expect(countsOf(summary)).toEqual({
      created: 35,
      updated: 0,
      unchanged: 0,
      rejected: 2,
      closed: 0,
      queuedForReview: 0,
    });
    expect(summary.errors.map((e) => e.reason)).toEqual([
      expect.stringMatching(/out center/),
      expect.stringMatching(/not a reuse place/),
    ]);
    const centre = (await PlaceModel.findOne({ name: 'Déchèterie de Tourlaville' }).lean())!;
    expect(centre.kind).toBe('RECYCLING_CENTRE');
    expect(centre.offers[0]?.subcategories).toContain('meuble');
    expect(centre.sources[0]).toMatchObject({
      attribution: '© OpenStreetMap contributors, ODbL 1.0',
      licence: 'ODbL 1.0',
      url: 'https://www.openstreetmap.org/way/41000001',
    });
    const bin = (await PlaceModel.findOne({ kind: 'COLLECTION_POINT', name: 'Conteneur textile — Le Relais' }).lean())!;
    expect(bin.offers).toEqual([{ action: 'DROP_OFF', subcategories: ['chaussures', 'vetement'] }]);
  });

  it('merges the SINOE déchèterie at the same spot into the OpenStreetMap place, the higher-priority source winning each field', async () => {
    const summary = await importFile('sinoe', 'SINOE déchèteries', fixture('sinoe-decheteries.csv'));
    expect(countsOf(summary)).toEqual({
      created: 8,
      updated: 1,
      unchanged: 0,
      rejected: 1,
      closed: 0,
      queuedForReview: 0,
    });
    const merged = await PlaceModel.find({ name: 'Déchèterie de Tourlaville' }).lean();
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.name)).toEqual(['OpenStreetMap', 'SINOE déchèteries']);
    expect(merged[0]!.contact?.phone).toBe('+33233400000');
    expect(merged[0]!.openingHours).toBe('Mo-Sa 09:00-12:00,14:00-18:00'); // only OSM gives hours
    expect(merged[0]!.offers[0]!.subcategories).toContain('batteries_et_piles_portables'); // SINOE (45) outranks OSM (30)
  });

  it('geocodes a structure without coordinates through the BAN, retrying after a 429', async () => {
    server.throttleNext(1);
    const summary = await importFile('data-inclusion', 'data·inclusion', fixture('data-inclusion-structures.json'), {
      geocoderUrl: `${server.url}/geocodage`,
    });
    expect(countsOf(summary)).toEqual({
      created: 13,
      updated: 0,
      unchanged: 0,
      rejected: 2,
      closed: 0,
      queuedForReview: 0,
    });
    expect(server.geocoderRequests).toHaveLength(2);
    const geocoded = (await placeOf('dora:dora-geo'))!;
    expect(geocoded.location?.coordinates).toEqual([-1.3015, 49.5931]);
    expect(geocoded.locationPrecision).toBe('ADDRESS');
    const insertion = (await placeOf('emplois-de-linclusion:di-1004'))!;
    expect(insertion).toMatchObject({
      kind: 'INSERTION',
      openingHours: 'Mo-Fr 09:00-12:00,14:00-17:00',
      labels: ['ai', 'etti'],
    });
    expect(insertion.contact?.email).toBeNull();
  });

  it('reads the data·inclusion API page by page with its token, finding everything unchanged', async () => {
    const summary = await importFile('data-inclusion', 'data·inclusion', `${server.url}/api/v1/structures`, {
      geocoderUrl: `${server.url}/geocodage`,
      credentials: { origin: server.url, headers: { authorization: 'Bearer di-test-token' } },
    });
    expect(countsOf(summary)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 13,
      rejected: 2,
      closed: 0,
      queuedForReview: 0,
    });
  });

  it('reads the syndicate’s CSV with Lambert-93 coordinates through its saved mapping', async () => {
    const summary = await importFile('csv', 'Syndicat — points de collecte', fixture('syndicat-points.csv'), {
      mapping: mapping('syndicat-points.mapping.json'),
      geocoderUrl: `${server.url}/geocodage`,
    });
    expect(countsOf(summary)).toEqual({
      created: 4,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      closed: 0,
      queuedForReview: 0,
    });
    expect(summary.errors).toEqual([
      {
        line: 6,
        externalId: 'PAV-005',
        code: 'COORDINATES_UNREADABLE',
        reason: 'unreadable Lambert-93 coordinates "abc", "6962853"',
      },
    ]);
    const divette = (await placeOf('PAV-001'))!;
    const [lng, lat] = divette.location?.coordinates ?? [];
    expect(lat).toBeCloseTo(49.64, 1);
    expect(lng).toBeCloseTo(-1.62, 1);
    expect(divette.offers).toEqual([
      { action: 'DROP_OFF', subcategories: ['chaussures', 'emballage_verre', 'linge_de_maison', 'vetement'] },
    ]);
  });

  it('reads the syndicate’s GeoJSON through its mapping', async () => {
    const summary = await importFile('geojson', 'Syndicat — bornes textiles', fixture('syndicat-bornes.geojson'), {
      mapping: mapping('syndicat-bornes.mapping.json'),
    });
    expect(countsOf(summary)).toMatchObject({ created: 8, rejected: 0 });
    expect((await placeOf('BT-1'))!.offers[0]!.subcategories).toEqual(['chaussures', 'linge_de_maison', 'vetement']);
  });

  it('refuses a csv source without a mapping as a failed run, not a crash', async () => {
    const summary = await importFile('csv', 'Sans correspondance', fixture('syndicat-points.csv'));
    expect(summary.status).toBe('FAILED');
    expect(summary.error).toMatch(/needs a field mapping/);
  });
});
