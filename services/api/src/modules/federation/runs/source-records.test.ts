import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { useTestDatabase } from '../../../../test/db';
import { countsOf, importFile } from '../../../../test/federation-import';
import { fixture } from '../../../../test/federation-fixtures';
import { createLogger } from '../../../shared/logger';
import { ADMIN_TOKEN_VIEWER } from '../../../shared/viewer';
import { PlaceModel } from '../../places/place.model';
import { SourceModel } from '../../places/source.model';
import { loadPlace, updatePlace, type PlaceWrite } from '../../places/commands/update-place';
import { SourceRecordMarkModel } from '../../places/source-record-marks';
import { COTENTIN_EPCI } from '../connectors/mapping';
import { MatchReviewModel } from '../matching/match-review.model';
import { reviewMatch } from '../matching/review-match';
import { ImportRunModel } from './import-run.model';
import { loadSourceRecords, recordsOfPlace, SourceRecordChunkModel, type SourceRecord } from './source-records';

const LVAO = 'ADEME LVAO (records)';
const cotentin = { epci: [COTENTIN_EPCI] };
const tmp = mkdtempSync(path.join(tmpdir(), 'reemploi-records-'));
const whole = () => fixture('lvao-cotentin.csv');

/** The LVAO fixture with some rows changed, removed or added. */
function variant(name: string, edit: (lines: string[]) => string[]): string {
  const file = path.join(tmp, name);
  writeFileSync(file, edit(readFileSync(whole(), 'utf8').split('\n')).join('\n'));
  return file;
}
const lvao = (file: string, onWritten?: (doc: unknown) => void) =>
  importFile('lvao-csv', LVAO, file, { filter: cotentin, onWritten });

/** A staff save through the places module's write path (what the back-office does). */
async function byHand(placeId: string, write: Pick<PlaceWrite, 'changes' | 'overrides' | 'status'>) {
  const { version } = await loadPlace(placeId);
  const deps = { directory: { apply: () => undefined }, logger: createLogger('silent') };
  await updatePlace({ placeId, expectedVersion: version, actor: { type: 'SYSTEM' }, action: 'UPDATE', ...write }, deps);
}

const placeOf = async (externalId: string) => (await PlaceModel.findOne({ 'sources.externalId': externalId }).lean())!;

/** Operations on the places collection while `task` runs (mongoose's debug hook sees every one). */
async function placeOperations(task: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  mongoose.set('debug', (collection: string, method: string) => {
    if (collection === 'places') seen.push(method);
  });
  try {
    await task();
  } finally {
    mongoose.set('debug', false);
  }
  return seen;
}

/** The saved table with the marked places read again, as the next run will see it, against the places. */
async function expectTableTrue() {
  const source = (await SourceModel.findOne({ name: LVAO }).lean())!;
  const saved = (await loadSourceRecords(source._id))!;
  // The digests of raw rows are the table's own (no place holds them): compared apart, in the digest tests.
  const table = new Map(saved.map(({ digest: _digest, ...r }): [string, SourceRecord] => [r.externalId, r]));
  const marks = await SourceRecordMarkModel.find({ sourceId: source._id }).lean();
  for (const placeId of new Set(marks.flatMap((m) => m.placeIds.map(String)))) {
    for (const [id, r] of table) if (r.placeId === placeId) table.delete(id);
    const place = await PlaceModel.findById(placeId).lean();
    if (place) for (const r of recordsOfPlace(place, String(source._id))) table.set(r.externalId, r);
  }
  const truth = new Map<string, SourceRecord>();
  for (const place of await PlaceModel.find({ 'sources.sourceId': source._id }).lean())
    for (const r of recordsOfPlace(place, String(source._id))) truth.set(r.externalId, r);
  expect(new Map([...table].sort())).toEqual(new Map([...truth].sort()));
}

describe("a source's record table (re-runs that read no place)", () => {
  useTestDatabase();
  beforeEach(async () => {
    await mongoose.connection.dropDatabase();
    await Promise.all([PlaceModel.createIndexes(), SourceModel.createIndexes(), ImportRunModel.createIndexes()]);
    expect(countsOf(await lvao(whole()))).toMatchObject({ created: 40, rejected: 4 });
  });

  it('re-runs an unchanged file without reading or writing any place', async () => {
    const before = await PlaceModel.find({}).sort({ _id: 1 }).lean();
    let summary: Awaited<ReturnType<typeof lvao>> | undefined;
    const operations = await placeOperations(async () => (summary = await lvao(whole())));
    expect(countsOf(summary!)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 40,
      rejected: 4,
      closed: 0,
      queuedForReview: 0,
    });
    expect(operations).toEqual([]);
    expect(await PlaceModel.find({}).sort({ _id: 1 }).lean()).toEqual(before);
    await expectTableTrue();
  });

  it('keeps a staff edit on a re-run, and still updates the place when the row changes at the source', async () => {
    const place = await placeOf('lvao0002Qx7Zp');
    await byHand(String(place._id), {
      changes: { openingHours: 'Mo-Sa 10:00-19:00' },
      overrides: { mode: 'set', fields: [] },
    });
    expect(countsOf(await lvao(whole()))).toMatchObject({ created: 0, updated: 0, unchanged: 40 });
    expect((await PlaceModel.findById(place._id).lean())!.openingHours).toBe('Mo-Sa 10:00-19:00');

    const renamed = variant('renamed-2.csv', (lines) =>
      lines.map((l) => (l.startsWith('lvao0002Qx7Zp') ? l.replace('Dépôt-vente', 'Dépôt-vente du port') : l)),
    );
    expect(countsOf(await lvao(renamed))).toMatchObject({ created: 0, updated: 1, unchanged: 39 });
    const after = (await PlaceModel.findById(place._id).lean())!;
    expect(after.name).toMatch(/^Dépôt-vente du port/);
    expect(after.openingHours).toBe('Mo-Sa 10:00-19:00');
    expect(countsOf(await lvao(renamed))).toMatchObject({ updated: 0, unchanged: 40 });
    await expectTableTrue();
  });

  it('writes nothing on the next run after staff reopened a place the import had closed', async () => {
    const gone = variant('without-5.csv', (lines) => lines.filter((l) => !l.startsWith('lvao0005Qx7Zp')));
    await lvao(gone);
    expect(countsOf(await lvao(gone))).toMatchObject({ closed: 1 });
    const place = await placeOf('lvao0005Qx7Zp');
    expect(place.status).toBe('CLOSED');
    // Staff know it is still there: they reopen it (the import may not close it again: an override).
    await byHand(String(place._id), { status: 'PUBLISHED', overrides: { mode: 'set', fields: [] } });
    // Listed again: an unchanged record of an open place (a stale table would "reopen" it: an update).
    expect(countsOf(await lvao(whole()))).toMatchObject({ updated: 0, unchanged: 40 });
    expect((await PlaceModel.findById(place._id).lean())!.status).toBe('PUBLISHED');
    await expectTableTrue();
  });

  it('knows a match staff accepted in the review queue at the next run: no second merge', async () => {
    // Staff set a field of an LVAO place by hand: another source's record matching it waits for review.
    const lvaoPlace = await placeOf('lvao0002Qx7Zp');
    await byHand(String(lvaoPlace._id), {
      changes: { openingHours: 'Mo-Sa 10:00-19:00' },
      overrides: { mode: 'set', fields: [] },
    });
    const other = variant('other.csv', (lines) => [
      lines[0]!,
      lines
        .find((l) => l.startsWith('lvao0002Qx7Zp'))!
        .replace('lvao0002Qx7Zp', 'autre0002')
        .replace('Dépôt-vente Tourlaville 2', 'Dépôt vente de Tourlaville'),
    ]);
    const autre = () => importFile('lvao-csv', 'Autre annuaire', other, { filter: cotentin });
    expect(countsOf(await autre())).toMatchObject({ created: 0, updated: 0, queuedForReview: 1 });
    const review = (await MatchReviewModel.findOne({ externalId: 'autre0002' }).lean())!;
    await reviewMatch({
      reviewId: String(review._id),
      decision: 'SAME_PLACE',
      decidedBy: 'test',
      viewer: ADMIN_TOKEN_VIEWER,
      lockTtlMs: 30_000,
    });
    const place = (await PlaceModel.findById(lvaoPlace._id).lean())!;
    expect(place.sources.map((s) => s.externalId).sort()).toEqual(['autre0002', 'lvao0002Qx7Zp']);
    // The source's table, saved before the decision, learns the place from the decision's mark.
    expect(countsOf(await autre())).toMatchObject({ created: 0, updated: 0, unchanged: 1, queuedForReview: 0 });
    expect((await PlaceModel.findById(place._id).lean())!.version).toBe(place.version);
  });

  it('still closes a place missing from its only source after two complete runs, not after one', async () => {
    const gone = variant('without-7.csv', (lines) => lines.filter((l) => !l.startsWith('lvao0007Qx7Zp')));
    const place = await placeOf('lvao0007Qx7Zp');
    expect(countsOf(await lvao(gone))).toMatchObject({ unchanged: 39, closed: 0 });
    expect((await PlaceModel.findById(place._id).lean())!.status).toBe('PUBLISHED');
    expect(countsOf(await lvao(gone))).toMatchObject({ unchanged: 39, closed: 1 });
    expect((await PlaceModel.findById(place._id).lean())!.status).toBe('CLOSED');
    await expectTableTrue();
    expect(countsOf(await lvao(whole()))).toMatchObject({ updated: 1, unchanged: 39, closed: 0 });
    expect((await PlaceModel.findById(place._id).lean())!.status).toBe('PUBLISHED');
  });

  it('after a run stopped half-way, the next run knows what it wrote: no duplicate, no second write', async () => {
    const extra = variant('extra.csv', (lines) => {
      const row = lines.find((l) => l.startsWith('lvao0004Qx7Zp'))!;
      return lines
        .map((l) => (l.startsWith('lvao0003Qx7Zp') ? l.replace('Borne Le Relais', 'Conteneur Le Relais') : l))
        .concat(row.replace('lvao0004Qx7Zp', 'lvaoNEWQx7Zp').replace(/49\.\d+/, '49.4999'));
    });
    // The process dies once the new place is stored: after the changed row's write, before the run ends.
    const crashed = await lvao(extra, (doc) => {
      const place = doc as { sources: { externalId: string }[] };
      if (place.sources.some((s) => s.externalId === 'lvaoNEWQx7Zp')) throw new Error('killed');
    });
    expect(crashed).toMatchObject({ status: 'FAILED', error: 'killed' });
    expect(await PlaceModel.countDocuments({ 'sources.externalId': 'lvaoNEWQx7Zp' })).toBe(1);
    await expectTableTrue();

    expect(countsOf(await lvao(extra))).toMatchObject({ created: 0, updated: 0, unchanged: 41 });
    expect(await PlaceModel.countDocuments({ 'sources.externalId': 'lvaoNEWQx7Zp' })).toBe(1);
    expect((await placeOf('lvao0003Qx7Zp')).name).toMatch(/^Conteneur Le Relais/);
    await expectTableTrue();
    expect(await SourceRecordMarkModel.countDocuments({})).toBe(0); // taken into account, then dropped
  });

  it('reads every place again when the table is gone (a database from before it), then saves it', async () => {
    await SourceRecordChunkModel.deleteMany({});
    const operations = await placeOperations(async () =>
      expect(countsOf(await lvao(whole()))).toMatchObject({ created: 0, updated: 0, unchanged: 40 }),
    );
    expect(operations).toContain('find');
    await expectTableTrue();
    expect(await placeOperations(() => lvao(whole()))).toEqual([]);
  });

  it('keeps one saved generation per source', async () => {
    await lvao(variant('renamed-9.csv', (lines) => lines.map((l) => l.replace('Repair Café', 'Repair café'))));
    const chunks = await SourceRecordChunkModel.find({}).lean();
    expect(new Set(chunks.map((c) => String(c.generation))).size).toBe(1);
    expect(chunks.every((c) => c.sourceId instanceof Types.ObjectId)).toBe(true);
  });
});
