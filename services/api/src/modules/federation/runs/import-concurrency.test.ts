import { useTestDatabase } from '../../../../test/db';
import { AuditEventModel } from '../../audit/audit-event.model';
import { createLogger } from '../../../shared/logger';
import { loadPlace, updatePlace } from '../../places/commands/update-place';
import { PlaceModel } from '../../places/place.model';
import { SlugAllocator } from '../../places/slug';
import type { PlaceFields } from '../normalise/normalise-record';
import { createPlaces, mergeIntoPlace, type LocatedRecord, type MergeOutcome } from '../merge/place-writer';
import { toWriteTarget } from '../merge/write-target';
import { SourceModel } from '../../places/source.model';

const fields = (description: string) =>
  ({
    name: 'Ressourcerie du Val de Saire',
    kind: 'RESSOURCERIE',
    description,
    location: { type: 'Point', coordinates: [-1.3, 49.6] },
    locationPrecision: 'ADDRESS',
    offers: [],
    labels: [],
  }) as unknown as PlaceFields;

const located = (description: string, hash: string): LocatedRecord =>
  ({
    record: {
      line: 1,
      externalId: 'R1',
      fields: fields(description),
      geocodeQuery: null,
      attribution: null,
      url: null,
    },
    fields: fields(description),
    hash,
  }) as never;

describe('an import and a staff save on the same place', () => {
  useTestDatabase();
  beforeAll(() => Promise.all([PlaceModel.init(), SourceModel.init(), AuditEventModel.init()]));

  it('never lose either write: each lands on the version the other left, or the stale save is told CONFLICT', async () => {
    const source = await SourceModel.create({ name: 'Syndicat (concurrence)', format: 'csv', priority: 50 });
    const target = toWriteTarget(source, new Map([[String(source._id), 50]]), { now: new Date() });
    const [id] = await createPlaces(target, [located('v0', 'h0')], new SlugAllocator());
    const placeId = String(id);
    const deps = { directory: { apply: () => undefined }, logger: createLogger('silent') };
    let staffSaves = 0;

    for (let round = 1; round <= 12; round += 1) {
      const { version } = await loadPlace(placeId);
      const importing = () => mergeIntoPlace(target, placeId, located(`import ${round}`, `h${round}`), 'listed');
      const saving = () =>
        updatePlace(
          {
            placeId,
            expectedVersion: version,
            changes: { name: `Ressourcerie (staff ${round})` },
            overrides: { mode: 'set', fields: [] },
            actor: { type: 'SYSTEM' },
            action: 'UPDATE',
          },
          deps,
        );
      // Both start in the same tick; every other round the staff save is asked first.
      const [merging, save] =
        round % 2 === 0
          ? [importing(), saving()]
          : ([saving(), importing()].reverse() as [Promise<MergeOutcome>, Promise<unknown>]);
      const refused = await save.then(
        () => null,
        (error: unknown) => error,
      );
      const merged = await merging;

      const after = await loadPlace(placeId);
      expect(merged).toEqual({ outcome: 'updated' });
      expect(after.description).toBe(`import ${round}`);
      if (refused === null) {
        staffSaves += 1;
        expect(after.name).toBe(`Ressourcerie (staff ${round})`);
        expect(after.overrides).toContain('name');
        expect((after.provenance as Record<string, string>).name).toBe('editor');
        expect(after.version).toBe(version + 2);
      } else {
        expect(refused).toMatchObject({ code: 'CONFLICT' });
        expect(after.version).toBe(version + 1);
      }
    }
    expect(staffSaves).toBeGreaterThan(0);
    // One audit event per write, each with its own version: no two writes landed on the same version.
    const versions = (await AuditEventModel.find({ placeId }).lean()).map((e) => e.version);
    expect(new Set(versions).size).toBe(versions.length);
  });
});
