import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import { townsOnlyPositionsFile } from '../../../test/commune-positions';
import { communePositions, useCommunePositionsFile } from './commune-positions';

const read = <T>(...parts: string[]) => JSON.parse(readFileSync(path.join(repoRoot(), ...parts), 'utf8')) as T;

describe('commune positions of the network’s gaps', () => {
  const shipped = read<{
    towns: { name: string; commune: string; insee: string; lat: number; lng: number; source: string }[];
  }>('services/api/src/modules/organizations/commune-positions.json').towns;

  it('holds every town of the shared towns list, at its position, saying so (centres fetched later come after)', () => {
    const towns = read<{ towns: { name: string; commune: string; lat: number; lng: number }[] }>(
      '..',
      'shared',
      'data',
      'cotentin',
      'towns.json',
    ).towns;
    const fromTowns = shipped.filter((t) => t.source.startsWith('shared/data/cotentin/towns.json'));
    expect(fromTowns.map(({ name, commune, lat, lng }) => ({ name, commune, lat, lng }))).toEqual(towns);
    expect(shipped.slice(0, towns.length)).toEqual(fromTowns);
  });

  it('gives each town the INSEE code the territory profile gives its commune', () => {
    const communes = read<{ communes: { insee: string; name: string }[] }>('territories', 'cotentin.json').communes;
    for (const town of shipped) {
      const listed = communes.find((c) => c.name === town.commune);
      if (listed) expect({ town: town.name, insee: town.insee }).toEqual({ town: town.name, insee: listed.insee });
    }
  });

  it('finds a commune by name in any case, by INSEE code, and a merged commune by each former one', () => {
    const positions = communePositions();
    expect(positions.of('LES PIEUX')).toEqual([{ lat: 49.5128, lng: -1.8067 }]);
    expect(positions.of('50129')).toHaveLength(5);
    expect(positions.of('Cherbourg-en-Cotentin')).toHaveLength(5);
    expect(positions.of('Tourlaville')).toEqual([{ lat: 49.6383, lng: -1.5731 }]);
    expect(positions.of('Barfleur')).toEqual([{ lat: 49.6685, lng: -1.2642 }]);
  });

  it('locates every commune of the territory, each with its source and date', () => {
    const communes = read<{ communes: { insee: string; name: string }[] }>('territories', 'cotentin.json').communes;
    expect(communes).toHaveLength(129);
    const positions = communePositions();
    expect(communes.filter((c) => positions.of(c.insee).length === 0)).toEqual([]);
    for (const town of shipped) expect(town).toMatchObject({ source: expect.any(String), date: expect.any(String) });
    // A centre of an outline lies in the Cotentin.
    for (const { lat, lng } of shipped)
      expect([lat > 49.2 && lat < 49.75, lng > -1.97 && lng < -1.1]).toEqual([true, true]);
  });

  it('gives no position to a commune missing from the file read', () => {
    useCommunePositionsFile(townsOnlyPositionsFile());
    try {
      expect(communePositions().of('Barfleur')).toEqual([]);
      expect(communePositions().of('Les Pieux')).toEqual([{ lat: 49.5128, lng: -1.8067 }]);
    } finally {
      useCommunePositionsFile();
    }
  });
});
