import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { useTestDatabase } from '../../../../test/db';
import { countsOf, importFile } from '../../../../test/federation-import';
import { fixture } from '../../../../test/federation-fixtures';
import { PlaceModel } from '../../places/place.model';
import { SourceModel } from '../../places/source.model';
import { COTENTIN_EPCI } from '../connectors/mapping';
import type { SourceFilter } from '../connectors/mapping';
import { ImportRunModel } from './import-run.model';
import { loadSourceRecords, SourceRecordChunkModel } from './source-records';

// A re-run skips building and normalising a row whose raw text has the digest of the row that gave its
// stored record (source-records.ts); these say what it must still notice.
const LVAO = 'ADEME LVAO (digests)';
const cotentin: SourceFilter = { epci: [COTENTIN_EPCI] };
const tmp = mkdtempSync(path.join(tmpdir(), 'reemploi-digests-'));
const original = readFileSync(fixture('lvao-cotentin.csv'), 'utf8');

function file(name: string, text: string): string {
  const location = path.join(tmp, name);
  writeFileSync(location, text);
  return location;
}
const lvao = (location: string, filter: SourceFilter = cotentin) => importFile('lvao-csv', LVAO, location, { filter });

/** The whole text of one row of the fixture (rows span several lines). */
function rowOf(externalId: string): string {
  const start = original.indexOf(`\n${externalId},`) + 1;
  const end = original.indexOf('\nlvao', start) + 1;
  return original.slice(start, end);
}

const versions = async () =>
  new Map(
    (await PlaceModel.find({}).lean()).map((p) => [p.sources[0]!.externalId!, (p as { version?: number }).version]),
  );

describe('re-runs that skip unchanged rows by the digest of their text', () => {
  useTestDatabase();
  beforeEach(async () => {
    await mongoose.connection.dropDatabase();
    await Promise.all([PlaceModel.createIndexes(), SourceModel.createIndexes(), ImportRunModel.createIndexes()]);
  });

  it('stores a digest per record, and updates exactly the place whose row changed by one cell', async () => {
    const whole = file('whole.csv', original);
    expect(countsOf(await lvao(whole))).toMatchObject({ created: 40, rejected: 4 });
    const source = (await SourceModel.findOne({ name: LVAO }).lean())!;
    const table = (await loadSourceRecords(source._id))!;
    expect(table).toHaveLength(40);
    expect(table.every((r) => typeof r.digest === 'string' && r.digest.length === 22)).toBe(true);
    const generation = async () => (await SourceRecordChunkModel.find({}).lean()).map((c) => String(c.generation));
    const saved = await generation();
    expect(countsOf(await lvao(whole))).toMatchObject({ created: 0, updated: 0, unchanged: 40, rejected: 4 });
    expect(await generation()).toEqual(saved); // nothing to save again

    const before = await versions();
    const row = rowOf('lvao0003Qx7Zp');
    const changed = file('phone-3.csv', original.replace(row, row.replace('02.33.23.13.00', '02.33.23.13.99')));
    expect(countsOf(await lvao(changed))).toMatchObject({ created: 0, updated: 1, unchanged: 39, rejected: 4 });
    const after = await versions();
    const moved = [...after].filter(([id, version]) => version !== before.get(id)).map(([id]) => id);
    expect(moved).toEqual(['lvao0003Qx7Zp']);
    const place = (await PlaceModel.findOne({ 'sources.externalId': 'lvao0003Qx7Zp' }).lean())!;
    expect(place.contact?.phone).toMatch(/99$/);
    expect(countsOf(await lvao(changed))).toMatchObject({ updated: 0, unchanged: 40 });
  });

  it("reads every row whole again when the source's filter changes: a row now outside it is not listed", async () => {
    const whole = file('whole.csv', original);
    await lvao(whole);
    const south = 49.48;
    const inside = (await PlaceModel.find({}).lean()).filter((p) => p.location!.coordinates[1]! >= south).length;
    expect(inside).toBeLessThan(40);
    const boxed: SourceFilter = { ...cotentin, bbox: { west: -2, east: -1, south, north: 50 } };
    expect(countsOf(await lvao(whole, boxed))).toMatchObject({ created: 0, updated: 0, unchanged: inside });
  });

  it('still reports the warnings of unchanged rows and the second of two identical rows', async () => {
    const row = rowOf('lvao0001Qx7Zp');
    const odd = file(
      'odd.csv',
      original.replace(row, row.replace('02.33.21.11.00', 'appelez-nous')) + rowOf('lvao0005Qx7Zp'),
    );
    const problems = (summary: Awaited<ReturnType<typeof lvao>>) => ({
      warned: summary.warned,
      warnings: summary.warnings.map((w) => [w.line, w.code]),
      errors: summary.errors.map((e) => [e.line, e.code]),
    });
    const first = await lvao(odd);
    expect(first.warnings).toContainEqual(
      expect.objectContaining({ code: 'PHONE_INVALID', externalId: 'lvao0001Qx7Zp' }),
    );
    expect(first.errors).toContainEqual(expect.objectContaining({ code: 'DUPLICATE_ID', externalId: 'lvao0005Qx7Zp' }));
    const again = await lvao(odd);
    expect(countsOf(again)).toMatchObject({ created: 0, updated: 0, unchanged: 40, rejected: 5 });
    expect(problems(again)).toEqual(problems(first));
  });
});
