import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { useTestDatabase } from '../../../../test/db';
import { countsOf, importFile } from '../../../../test/federation-import';
import { fixture } from '../../../../test/federation-fixtures';
import { PlaceModel } from '../../places/place.model';
import { SourceModel } from '../../places/source.model';
import { ImportRunModel } from '../runs/import-run.model';
import { MatchReviewModel } from '../matching/match-review.model';

/**
 * reparacteurs-cma.json is reconstructed from the fields CMA France's open-data API returns (as ADEME's
 * quefairedemesobjets pipeline reads them: nafa, activite, categorie…, final_latitude), not recorded: the
 * businesses are invented. Odd values kept on purpose: decimal commas, a SIRET with spaces and one as a
 * number, a website without scheme, a typographic apostrophe in a category, "Autres" as the only category.
 * The server below answers like the API: `{ total_entries, data }` per `page` and `page_size`, gzipped.
 */
const ENTRIES = JSON.parse(readFileSync(fixture('reparacteurs-cma.json'), 'utf8')) as unknown[];

function useReparacteursApi() {
  const api = { url: '', pages: [] as string[] };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== '/reparacteur') return void res.writeHead(404).end();
      api.pages.push(url.search);
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('page_size'));
      const body = JSON.stringify({
        total_entries: ENTRIES.length,
        data: ENTRIES.slice((page - 1) * size, page * size),
      });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return api;
}

const placeOf = (externalId: string) => PlaceModel.findOne({ 'sources.externalId': externalId }).lean();
const repaired = async (externalId: string) => (await placeOf(externalId))?.offers;

describe('CMA Répar’Acteurs connector', () => {
  useTestDatabase();
  const api = useReparacteursApi();
  beforeAll(() => Promise.all([PlaceModel.init(), SourceModel.init(), ImportRunModel.init(), MatchReviewModel.init()]));

  it('reads every page of the API and lists each artisan as a repairer of what their trade mends', async () => {
    const summary = await importFile('reparacteurs', 'CMA Répar’Acteurs', `${api.url}/reparacteur?page_size=4`);

    expect(api.pages).toEqual(['?page_size=4&page=1', '?page_size=4&page=2', '?page_size=4&page=3']);
    expect(countsOf(summary)).toEqual({
      created: 9,
      updated: 0,
      unchanged: 0,
      rejected: 2,
      closed: 0,
      queuedForReview: 0,
    });
    expect(summary.errors).toEqual([
      { line: 10, externalId: '50010', code: 'NAME_MISSING', reason: 'the name is empty' },
      { line: 11, externalId: '50011', code: 'COORDINATES_UNREADABLE', reason: expect.stringContaining('"N/C"') },
    ]);

    const shoemaker = (await placeOf('50001'))!;
    expect(shoemaker).toMatchObject({
      name: 'Cordonnerie du Val de Saire',
      kind: 'REPAIRER',
      offers: [{ action: 'REPAIR', subcategories: ['chaussures', 'maroquinerie'] }],
      labels: ['reparacteur'],
      siret: '85123456700018',
      openingHours: 'Tu-Sa 09:00-12:00,14:00-18:00',
      address: { street: '14 rue Gambetta', postcode: '50100', inseeCode: '50129' },
      contact: { phone: '+33233531234', website: 'https://www.cordonnerie-valdesaire.fr/' },
      location: { coordinates: [-1.6163, 49.6394] },
    });
    expect(shoemaker.sources[0]).toMatchObject({
      licence: 'Licence Ouverte 2.0 (Etalab)',
      attribution: 'CMA France — Répar’Acteurs',
    });
    // The manager's name is personal data the API publishes: nothing of it is kept.
    expect(JSON.stringify(shoemaker)).not.toContain('Lefèvre');

    expect((await placeOf('50002'))!.siret).toBe('82345678900027');
    expect(await repaired('50002')).toEqual([{ action: 'REPAIR', subcategories: ['linge_de_maison', 'vetement'] }]);
    expect(await repaired('50004')).toEqual([
      { action: 'REPAIR', subcategories: ['materiel_de_sport_hors_velo', 'velo'] },
    ]);
    expect(await repaired('50005')).toEqual([
      {
        action: 'REPAIR',
        subcategories: [
          'gros_electromenager_hors_refrigerant',
          'machines_et_appareils_motorises_thermiques',
          'outil_de_bricolage_et_jardinage',
          'petit_electromenager',
        ],
      },
    ]);
    expect(await repaired('50006')).toEqual([
      {
        action: 'REPAIR',
        subcategories: ['decorations_textiles_elements_d_ameublement', 'meuble', 'sieges_elements_d_ameublement'],
      },
    ]);
    expect(await repaired('50007')).toEqual([
      { action: 'REPAIR', subcategories: ['materiel_informatique', 'smartphone_tablette_et_console'] },
    ]);
    // "Autres" says nothing: the NAFA code (95.21, consumer electronics) and the trade in words do.
    expect(await repaired('50008')).toEqual([
      {
        action: 'REPAIR',
        subcategories: ['autre_equipement_electronique', 'ecran', 'materiel_hifi_et_video', 'materiel_photo_et_cinema'],
      },
    ]);
    // No category at all: a luthier, from NAFA 32.20 and "lutherie".
    const luthier = (await placeOf('50009'))!;
    expect(luthier.offers).toEqual([{ action: 'REPAIR', subcategories: ['instrument_de_musique'] }]);
    expect(luthier.location?.coordinates).toEqual([-1.8389, 49.6636]);
  });

  it('reads the API again and finds every artisan unchanged', async () => {
    api.pages.length = 0;
    const summary = await importFile('reparacteurs', 'CMA Répar’Acteurs', `${api.url}/reparacteur?page_size=4`);
    expect(api.pages).toHaveLength(3);
    expect(countsOf(summary)).toMatchObject({ created: 0, updated: 0, unchanged: 9, rejected: 2, closed: 0 });
  });

  it('reads a saved answer of the API as a file', async () => {
    const summary = await importFile('reparacteurs', 'CMA Répar’Acteurs (fichier)', fixture('reparacteurs-cma.json'));
    expect(countsOf(summary)).toMatchObject({ rejected: 2, queuedForReview: 0 });
    expect(await PlaceModel.countDocuments({ 'sources.name': 'CMA Répar’Acteurs (fichier)', kind: 'REPAIRER' })).toBe(
      9,
    );
  });
});
