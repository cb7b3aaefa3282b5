import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useTestDatabase } from '../../../../test/db';
import { countsOf, importFile } from '../../../../test/federation-import';
import { fixture } from '../../../../test/federation-fixtures';
import { PlaceModel } from '../../places/place.model';
import { SourceModel } from '../../places/source.model';
import { MatchReviewModel } from '../matching/match-review.model';
import { ImportRunModel } from '../runs/import-run.model';
import type { ImportSummary } from '../runs/run-import';
import { overpassQuery, overpassQueryUrl } from './overpass-query';

// osm-overpass-tagging.json is reconstructed, not recorded: an Overpass API answer to `[out:json]` with
// `out center tags` (version, generator, osm3s, then elements: nodes with lat/lon, ways with a center and
// no geometry, all with tags), built from the tagging OpenStreetMap contributors use in France (wiki pages
// of each key, and real Cotentin objects' tag sets), at made-up ids and positions spread ~1 km apart.

const polygon = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [-1.95, 49.72],
      [-1.26, 49.7],
      [-1.16, 49.35],
      [-1.86, 49.3],
      [-1.95, 49.72],
    ],
  ],
};

/** An Overpass API stand-in on 127.0.0.1: answers GET /api/interpreter?data=<query> with the fixture. */
function useOverpassStandIn() {
  const ctx = {
    url: '',
    queries: [] as string[],
    /** The answer's body, from the fixture's text (to cut it short like a timed-out query). */
    answer: (fixtureText: string) => fixtureText,
  };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const query = url.searchParams.get('data');
      if (url.pathname !== '/api/interpreter' || !query) {
        res.writeHead(400).end('Error: no query');
        return;
      }
      ctx.queries.push(query);
      res.setHeader('content-type', 'application/json');
      res.end(ctx.answer(readFileSync(fixture('osm-overpass-tagging.json'), 'utf8')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ctx.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return ctx;
}

const byId = (id: string) => PlaceModel.findOne({ 'sources.externalId': id }).lean();

describe('importing a territory from OpenStreetMap through its Overpass query', () => {
  useTestDatabase();
  const overpass = useOverpassStandIn();
  let summary: ImportSummary;
  beforeAll(async () => {
    await Promise.all([PlaceModel.init(), SourceModel.init(), ImportRunModel.init(), MatchReviewModel.init()]);
    const location = overpassQueryUrl(`${overpass.url}/api/interpreter`, { polygon, timeoutS: 120 });
    summary = await importFile('osm-overpass', 'OpenStreetMap — Cotentin', location);
  });

  it('fetches the query’s URL and imports every repair, second-hand, sharing and collection place', () => {
    expect(overpass.queries).toEqual([overpassQuery({ polygon, timeoutS: 120 })]);
    expect(countsOf(summary)).toEqual({
      created: 28,
      updated: 0,
      unchanged: 0,
      rejected: 2,
      closed: 0,
      queuedForReview: 0,
    });
    expect(summary.errors).toEqual([
      expect.objectContaining({ externalId: 'node/9200000006', code: 'NOT_A_REUSE_PLACE' }),
      expect.objectContaining({
        externalId: 'node/9200000025',
        code: 'NOT_A_REUSE_PLACE',
        reason: 'not open to the public (access=private)',
      }),
    ]);
    // Free text in opening_hours is left out and said so; the workshop is imported all the same.
    expect(summary.warnings).toEqual([
      expect.objectContaining({ externalId: 'node/9200000016', code: 'HOURS_UNREADABLE', value: 'le samedi matin' }),
    ]);
  });

  it('gives the bicycle shop that repairs and sells second-hand its repair and second-hand offers', async () => {
    expect(await byId('node/9200000001')).toMatchObject({
      name: 'Cycles du Cotentin',
      kind: 'REPAIRER',
      offers: [
        { action: 'REPAIR', subcategories: ['velo'] },
        { action: 'BUY', subcategories: ['velo'] },
      ],
      address: { street: '8 Rue de la Paix', postcode: '50100', commune: 'Cherbourg-en-Cotentin' },
    });
  });

  it('names unnamed points the way residents say them', async () => {
    const names = await PlaceModel.find({}, { name: 1, kind: 1 }).sort({ name: 1 }).lean();
    expect(names.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Conteneur textile — Le Relais',
        'Station de réparation vélo en libre-service — Ville de Cherbourg-en-Cotentin',
        'Retouches et couture',
        'Boutique solidaire — Emmaüs',
        'Boîte à dons',
        'Boîte à livres — Mairie de Valognes',
        'Boîte à livres',
        'Déchèterie de Valognes — Communauté d’agglomération du Cotentin',
        'Point de collecte du verre',
        'Point d’apport volontaire',
        'Location d’outils — Kiloutou',
        'Librairie d’occasion',
      ]),
    );
    expect(names.map((p) => p.name)).not.toContain('Le Relais');
  });

  it('keeps the second-hand clothes shop’s hours with their comment, and reads the way’s centre', async () => {
    expect(await byId('node/9200000003')).toMatchObject({
      name: 'La Trame',
      kind: 'SECOND_HAND_SHOP',
      offers: [{ action: 'BUY', subcategories: ['vetement'] }],
      openingHours: 'Tu-Sa 10:00-18:00 "sur rendez-vous le lundi"',
    });
    const centre = (await byId('way/42000022'))!;
    expect(centre.kind).toBe('RECYCLING_CENTRE');
    expect(centre.location?.coordinates).toEqual([expect.closeTo(-1.828, 3), expect.closeTo(49.614, 3)]);
    expect(centre.sources[0]).toMatchObject({ url: 'https://www.openstreetmap.org/way/42000022' });
  });

  it('fails a run that Overpass cut short (HTTP 200, a "runtime error" remark) and closes nothing', async () => {
    // Overpass writes the elements found before the time ran out, then its remark after them.
    overpass.answer = (text) => {
      const full = JSON.parse(text) as { elements: unknown[] };
      const cut = { ...full, elements: full.elements.slice(0, 5) };
      return `${JSON.stringify(cut, null, 1).replace(/\n}$/, '')},\n"remark": "runtime error: Query timed out in \\"query\\" at line 3 after 121 seconds."\n}\n`;
    };
    const location = overpassQueryUrl(`${overpass.url}/api/interpreter`, { polygon, timeoutS: 120 });
    for (let run = 0; run < 2; run++) {
      const cutShort = await importFile('osm-overpass', 'OpenStreetMap — Cotentin', location);
      expect(cutShort).toMatchObject({ status: 'FAILED', closed: 0, closuresHeld: 0 });
      expect(cutShort.error).toMatch(
        /^Overpass sent an incomplete answer \("runtime error: Query timed out in "query"/,
      );
    }
    expect(await PlaceModel.countDocuments({ status: 'CLOSED' })).toBe(0);
  });
});
