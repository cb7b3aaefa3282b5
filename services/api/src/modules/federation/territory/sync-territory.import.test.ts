import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useTestDatabase } from '../../../../test/db';
import { testFederationConfig, testProfile } from '../../../../test/federation-import';
import { seedDemoPlaces } from '../../places';
import { PlaceModel } from '../../places/place.model';
import { SourceModel } from '../../places/source.model';
import { AuditEventModel } from '../../audit';
import { syncTerritory } from './sync-territory';
import type { TerritoryProfile } from './territory-profile';

const dir = mkdtempSync(path.join(tmpdir(), 'territory-sync-'));
const FEDERATION = testFederationConfig(10 * 1024 * 1024);

const profileOf = (sources: TerritoryProfile['sources']) => testProfile(sources, dir);

// OpenStreetMap lists Emmaüs Cotentin (a demo place) at the demo's spot, and a book box the demo lacks.
const osm = path.join(dir, 'overpass.json');
writeFileSync(
  osm,
  JSON.stringify({
    version: 0.6,
    elements: [
      { type: 'node', id: 1, lat: 49.6486, lon: -1.6561, tags: { shop: 'charity', name: 'Emmaüs Cotentin' } },
      {
        type: 'node',
        id: 2,
        lat: 49.6394,
        lon: -1.6164,
        tags: { amenity: 'public_bookcase', name: 'Boîte à livres du port' },
      },
    ],
  }),
);
const published = (filter: Record<string, unknown> = {}) =>
  PlaceModel.countDocuments({ status: 'PUBLISHED', ...filter });

describe('territory sync and the demo data', () => {
  useTestDatabase();
  beforeAll(async () => {
    await AuditEventModel.init();
    await seedDemoPlaces();
  });

  it('leaves the demo data alone when a source failed, or when one source ran', async () => {
    const failed = await syncTerritory(
      profileOf([
        { key: 'osm', name: 'OSM', format: 'osm-overpass', url: osm },
        { key: 'lvao', name: 'LVAO', format: 'lvao-csv', url: path.join(dir, 'missing.csv') },
      ]),
      { federation: FEDERATION, retireDemo: true },
    );
    expect(failed.ok).toBe(false);
    expect(failed.sources.find((s) => s.key === 'lvao')).toMatchObject({
      status: 'FAILED',
      error: expect.stringMatching(/missing\.csv/),
    });
    expect(failed.demo).toBeNull();
    expect(await published({ isDemo: true })).toBe(23);

    const only = await syncTerritory(profileOf([{ key: 'osm', name: 'OSM', format: 'osm-overpass', url: osm }]), {
      federation: FEDERATION,
      retireDemo: true,
      only: 'osm',
    });
    expect(only).toMatchObject({ ok: true, demo: null });
    expect(await published({ isDemo: true })).toBe(23);
  }, 60_000);

  it('closes the demo places no source lists after a complete sync, keeping those a source lists too', async () => {
    const result = await syncTerritory(profileOf([{ key: 'osm', name: 'OSM', format: 'osm-overpass', url: osm }]), {
      federation: FEDERATION,
      retireDemo: true,
    });
    expect(result.ok).toBe(true);
    expect(result.demo).toEqual({ closed: 22, kept: 1 });
    const emmaus = await PlaceModel.findOne({ name: 'Emmaüs Cotentin' }).lean();
    expect(emmaus!.status).toBe('PUBLISHED');
    expect(emmaus!.sources).toHaveLength(2);
    expect(await published()).toBe(2); // Emmaüs (demo + OSM) and the book box
    const closure = await AuditEventModel.findOne({ action: 'STATUS', 'actor.type': 'SYSTEM' }).lean();
    expect(closure!.note).toMatch(/Données de démonstration remplacées/);
    // A restart with REEMPLOI_SEED_DEMO=true does not bring them back.
    expect(await seedDemoPlaces()).toEqual({ created: 0, skipped: 23 });
    expect(await published()).toBe(2);
    const osmSource = await SourceModel.findOne({ name: 'OSM' }).lean();
    expect(osmSource!.organizationId).toBeNull();
  }, 60_000);
});
