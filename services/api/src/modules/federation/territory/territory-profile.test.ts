import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import {
  filterOf,
  insidePolygon,
  loadTerritoryProfile,
  locationOf,
  overpassUrl,
  polygonBox,
} from './territory-profile';

const COTENTIN = path.join(repoRoot(), 'territories', 'cotentin.json');
const dir = mkdtempSync(path.join(tmpdir(), 'profile-'));
const cotentin = () => JSON.parse(readFileSync(COTENTIN, 'utf8')) as Record<string, any>;
const loadJson = (value: unknown) => {
  const file = path.join(dir, `p${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return () => loadTerritoryProfile(file);
};

describe('territory profiles', () => {
  it('reads the Cotentin profile: the CA du Cotentin, its 129 communes, a polygon around its towns', () => {
    const profile = loadTerritoryProfile(COTENTIN);
    expect(profile.epci).toEqual([{ siren: '200067205', name: 'Communauté d’agglomération du Cotentin' }]);
    expect(profile.communes).toHaveLength(129);
    expect(profile.communes).toContainEqual({ insee: '50129', name: 'Cherbourg-en-Cotentin' });
    expect(new Set(profile.communes.map((c) => c.insee)).size).toBe(129);
    // Every demo town of a member commune lies inside the simplified polygon.
    const members = new Set(profile.communes.map((c) => c.name));
    const towns = (
      JSON.parse(readFileSync(path.join(repoRoot(), '..', 'shared', 'data', 'cotentin', 'towns.json'), 'utf8')) as {
        towns: { commune: string; lat: number; lng: number }[];
      }
    ).towns.filter((t) => members.has(t.commune));
    expect(towns.length).toBeGreaterThan(20);
    for (const town of towns)
      expect([town.commune, insidePolygon(profile, town.lng, town.lat)]).toEqual([town.commune, true]);
    expect(insidePolygon(profile, -1.09, 49.18)).toBe(false); // Isigny-sur-Mer, Calvados
    expect(profile.sources.map((s) => s.format)).toEqual([
      'osm-overpass',
      'eco-organismes',
      'lvao-csv',
      'sinoe',
      'reparacteurs',
      'data-inclusion',
    ]);
  });

  it('stores the EPCI and the polygon’s box as a source filter, and builds the Overpass query over the polygon', () => {
    const profile = loadTerritoryProfile(COTENTIN);
    const lvao = profile.sources.find((s) => s.key === 'lvao')!;
    expect(filterOf(profile, lvao)).toEqual({ epci: ['200067205'], bbox: polygonBox(profile) });
    const osm = profile.sources.find((s) => s.key === 'osm')!;
    const url = locationOf(profile, osm);
    expect(url.startsWith('https://overpass-api.de/api/interpreter?data=')).toBe(true);
    const query = new URL(url).searchParams.get('data')!;
    expect(query).toMatch(/^\[out:json\]/);
    expect(query).toContain('[bbox:49.28,-1.97,49.735,-1.2]');
    expect(query).toMatch(/nwr\["shop"~"\^\(charity\|/);
    expect(query).toContain('nwr.candidates(poly:"49.735 -1.97 49.705 -1.62 49.72 -1.22');
    expect(overpassUrl(profile, 'https://overpass.example/api')).toMatch(/^https:\/\/overpass\.example\/api\?data=/);
  });

  it('reads a source file relative to the profile', () => {
    const file = path.join(dir, 'relative.json');
    const profile = {
      ...cotentin(),
      sources: [{ key: 'mine', name: 'Mes points', format: 'sinoe', url: 'data/points.csv' }],
    };
    writeFileSync(file, JSON.stringify(profile));
    const loaded = loadTerritoryProfile(file);
    expect(locationOf(loaded, loaded.sources[0]!)).toBe(path.join(dir, 'data', 'points.csv'));
  });

  it.each([
    [
      'a SIREN that is not 9 digits',
      (p: any) => (p.epci[0].siren = '20006720'),
      /epci\.0\.siren: an EPCI is given by its 9-digit SIREN/,
    ],
    ['an unknown format', (p: any) => (p.sources[1].format = 'lvao'), /sources\.1\.format: Invalid option/],
    ['a malformed schedule', (p: any) => (p.sources[0].schedule = 'nightly'), /sources\.0\.schedule: use "every 6h"/],
    ['an unknown field', (p: any) => (p.sources[0].ur = 'x'), /sources\.0: Unrecognized key: "ur"/],
    [
      'two sources with one key',
      (p: any) => (p.sources[1].key = 'osm'),
      /sources\.1\.key: key "osm" is already used by sources\.0/,
    ],
    [
      'an open polygon',
      (p: any) => p.polygon.coordinates[0].pop(),
      /polygon\.coordinates: each ring ends on its first position/,
    ],
    [
      'an INSEE code of 4 digits',
      (p: any) => (p.communes[3].insee = '5012'),
      /communes\.3\.insee: an INSEE commune code/,
    ],
    [
      'a source with neither url nor overpass',
      (p: any) => delete p.sources[0].overpass,
      /sources\.0\.url: a source needs a url/,
    ],
    [
      'an option the format does not know',
      (p: any) => (p.sources[1].options = { profile: 'refashon' }),
      /sources\.1\.options\.profile: Invalid option/,
    ],
    [
      'options on a format that takes none',
      (p: any) => (p.sources[0].options = { profile: 'refashion' }),
      /sources\.0\.options: sources of format "osm-overpass" take no options/,
    ],
  ])('refuses %s, naming the field', (_what, spoil, message) => {
    const profile = cotentin();
    spoil(profile);
    expect(loadJson(profile)).toThrow(message);
  });

  it('refuses a file that is not JSON, or missing, with a BAD_USER_INPUT error', () => {
    expect(loadJson('{ "name": ')).toThrow(/not JSON/);
    expect(() => loadTerritoryProfile(path.join(dir, 'missing.json'))).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/cannot read the territory profile \(ENOENT\)/),
      }),
    );
  });
});
