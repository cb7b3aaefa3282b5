import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useTestDatabase } from '../../../../test/db';
import { countsOf, importFile } from '../../../../test/federation-import';
import { fixture } from '../../../../test/federation-fixtures';
import { AuditEventModel } from '../../audit/audit-event.model';
import { PlaceModel } from '../../places/place.model';
import { createLogger } from '../../../shared/logger';
import { loadPlace, updatePlace, type PlaceWrite } from '../../places/commands/update-place';
import { ImportRunModel } from './import-run.model';
import { COTENTIN_EPCI } from '../connectors/mapping';
import { lastSeenAtOf } from '../../places/last-seen';
import { SourceModel } from '../../places/source.model';

const LVAO = 'ADEME LVAO (test)';
const cotentin = { epci: [COTENTIN_EPCI] };
const tmp = mkdtempSync(path.join(tmpdir(), 'reemploi-import-'));

/** The LVAO fixture with some rows changed or removed. */
function lvaoVariant(name: string, edit: (lines: string[]) => string[]): string {
  const file = path.join(tmp, name);
  writeFileSync(file, edit(readFileSync(fixture('lvao-cotentin.csv'), 'utf8').split('\n')).join('\n'));
  return file;
}

/** A staff save through the places module's write path (what the back-office does). */
async function byHand(placeId: string, write: Pick<PlaceWrite, 'changes' | 'overrides'>) {
  const { version } = await loadPlace(placeId);
  const deps = { directory: { apply: () => undefined }, logger: createLogger('silent') };
  await updatePlace({ placeId, expectedVersion: version, actor: { type: 'SYSTEM' }, action: 'UPDATE', ...write }, deps);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5)); // runs must not share a start time

/** When the LVAO source last listed each place, by external id, as the API shows it. */
async function lastSeen(): Promise<Map<string, Date | null>> {
  const source = (await SourceModel.findOne({ name: LVAO }).lean())!;
  const places = await PlaceModel.find({ 'sources.sourceId': source._id }).lean();
  return new Map(
    places.map((place) => {
      const entry = place.sources.find((s) => String(s.sourceId) === String(source._id))!;
      return [entry.externalId!, lastSeenAtOf(entry, place.status, source.confirmedAt)];
    }),
  );
}

describe('importing the LVAO open-data export', () => {
  useTestDatabase();
  beforeAll(() => Promise.all([PlaceModel.init(), SourceModel.init(), ImportRunModel.init()]));

  it('creates the 40 Cotentin actors and rejects the 4 broken rows with their line and reason', async () => {
    const summary = await importFile('lvao-csv', LVAO, fixture('lvao-cotentin.csv'), { filter: cotentin });
    expect(countsOf(summary)).toEqual({
      created: 40,
      updated: 0,
      unchanged: 0,
      rejected: 4,
      closed: 0,
      queuedForReview: 0,
    });
    expect(summary.errors.map((e) => e.line)).toEqual([49, 50, 51, 53]);
    expect(summary.errors[0]!.reason).toBe('the name is empty');
    expect(summary.errors[3]!.reason).toMatch(/outside France/);
    expect(await PlaceModel.countDocuments({ status: 'PUBLISHED' })).toBe(40);
  });

  it('gives each rejected row a stable code', async () => {
    const run = (await ImportRunModel.findOne().sort({ startedAt: -1 }).lean())!;
    expect(run.rejections.map(({ line, externalId, code }) => ({ line, externalId, code }))).toEqual([
      { line: 49, externalId: 'broken-no-name', code: 'NAME_MISSING' },
      { line: 50, externalId: 'broken-latitude', code: 'COORDINATES_UNREADABLE' },
      { line: 51, externalId: 'broken-json', code: 'ROW_UNREADABLE' },
      { line: 53, externalId: expect.any(String), code: 'COORDINATES_OUTSIDE_FRANCE' },
    ]);
    expect(run).toMatchObject({ warned: 0, warnings: [] });
  });

  it('normalises phones, hours, offers, labels and keeps the paternité as attribution', async () => {
    const place = (await PlaceModel.findOne({ 'sources.externalId': 'lvao0009Qx7Zp' }).lean())!;
    expect(place.openingHours).toBe('Tu-Sa 10:00-12:00,14:00-18:00');
    expect(place.contact?.phone).toBe('+33233291900');
    expect(place.offers).toEqual([{ action: 'REPAIR', subcategories: ['petit_electromenager', 'velo'] }]);
    expect(place.kind).toBe('REPAIR_CAFE');
    const shop = (await PlaceModel.findOne({ 'sources.externalId': 'lvao0003Qx7Zp' }).lean())!;
    expect(shop.sources[0]!.attribution).toBe('Longue Vie Aux Objets, ADEME, Refashion');
    expect(shop.labels).toEqual(['refashion']);
    const repairer = (await PlaceModel.findOne({ 'sources.externalId': 'lvao0001Qx7Zp' }).lean())!;
    expect(repairer).toMatchObject({
      homeService: true,
      homeServiceArea: '30 km',
      siret: '41234567800001',
      audience: 'BOTH',
    });
    expect((repairer.provenance as Record<string, string>)['contact/phone']).toBe(
      String(repairer.sources[0]!.sourceId),
    );
  });

  it('reports everything unchanged and writes nothing when the same file is imported again', async () => {
    const before = await PlaceModel.find({}, { version: 1, updatedAt: 1 }).sort({ _id: 1 }).lean();
    const summary = await importFile('lvao-csv', LVAO, fixture('lvao-cotentin.csv'), { filter: cotentin });
    expect(countsOf(summary)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 40,
      rejected: 4,
      closed: 0,
      queuedForReview: 0,
    });
    expect(await PlaceModel.find({}, { version: 1, updatedAt: 1 }).sort({ _id: 1 }).lean()).toEqual(before);
  });

  it('confirms every unchanged record as listed again: lastSeenAt moves, no place is written', async () => {
    const before = await PlaceModel.find({}).sort({ _id: 1 }).lean();
    const events = await AuditEventModel.countDocuments({});
    const previous = await lastSeen();
    await tick();
    const summary = await importFile('lvao-csv', LVAO, fixture('lvao-cotentin.csv'), { filter: cotentin });
    expect(countsOf(summary)).toMatchObject({ created: 0, updated: 0, unchanged: 40, closed: 0 });
    expect(await PlaceModel.find({}).sort({ _id: 1 }).lean()).toEqual(before);
    expect(await AuditEventModel.countDocuments({})).toBe(events);
    const now = await lastSeen();
    expect(now.size).toBe(40);
    for (const [id, date] of now) expect(date!.getTime()).toBeGreaterThan(previous.get(id)!.getTime());
    expect(new Set([...now.values()].map(String)).size).toBe(1); // the run's start
  });

  it('reads the UTF-8 BOM and the Windows-1252 semicolon variants as the very same records', async () => {
    const bom = await importFile('lvao-csv', LVAO, fixture('lvao-cotentin-bom.csv'), { filter: cotentin });
    expect(countsOf(bom)).toMatchObject({ created: 0, updated: 0, unchanged: 40, rejected: 4 });
    const win = await importFile('lvao-csv', LVAO, fixture('lvao-cotentin-win1252.csv'), { filter: cotentin });
    expect(countsOf(win)).toMatchObject({ created: 0, updated: 0, unchanged: 40, rejected: 4 });
  });

  it('closes a place missing from its only source two complete runs in a row, and reopens it with the same id when it comes back', async () => {
    const gone = lvaoVariant('without-5.csv', (lines) => lines.filter((l) => !l.startsWith('lvao0005Qx7Zp')));
    const place = (await PlaceModel.findOne({ 'sources.externalId': 'lvao0005Qx7Zp' }).lean())!;
    const listed = (await lastSeen()).get('lvao0005Qx7Zp');
    await tick();
    // A first run without it closes nothing: one bad night of a feed must not empty the map.
    expect(countsOf(await importFile('lvao-csv', LVAO, gone, { filter: cotentin }))).toMatchObject({
      unchanged: 39,
      closed: 0,
    });
    expect((await PlaceModel.findById(place._id).lean())!.status).toBe('PUBLISHED');
    expect(countsOf(await importFile('lvao-csv', LVAO, gone, { filter: cotentin }))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 39,
      rejected: 4,
      closed: 1,
      queuedForReview: 0,
    });
    expect((await PlaceModel.findById(place._id).lean())!.status).toBe('CLOSED');
    expect((await lastSeen()).get('lvao0005Qx7Zp')).toEqual(listed);
    expect(countsOf(await importFile('lvao-csv', LVAO, gone, { filter: cotentin }))).toMatchObject({
      unchanged: 39,
      closed: 0,
    });
    expect((await lastSeen()).get('lvao0005Qx7Zp')).toEqual(listed);
    await tick();
    expect(countsOf(await importFile('lvao-csv', LVAO, fixture('lvao-cotentin.csv'), { filter: cotentin }))).toEqual({
      created: 0,
      updated: 1,
      unchanged: 39,
      rejected: 4,
      closed: 0,
      queuedForReview: 0,
    });
    const back = (await PlaceModel.findById(place._id).lean())!;
    expect(back.status).toBe('PUBLISHED');
    expect(back.slug).toBe(place.slug);
    expect((await lastSeen()).get('lvao0005Qx7Zp')!.getTime()).toBeGreaterThan(listed!.getTime());
  });

  it('starts counting again when a missing place comes back: missing, back, missing again closes nothing', async () => {
    const gone = lvaoVariant('without-8.csv', (lines) => lines.filter((l) => !l.startsWith('lvao0008Qx7Zp')));
    const place = (await PlaceModel.findOne({ 'sources.externalId': 'lvao0008Qx7Zp' }).lean())!;
    const whole = fixture('lvao-cotentin.csv');
    for (const file of [gone, whole, gone]) {
      expect(countsOf(await importFile('lvao-csv', LVAO, file, { filter: cotentin }))).toMatchObject({ closed: 0 });
      expect((await PlaceModel.findById(place._id).lean())!.status).toBe('PUBLISHED');
    }
    // The second miss in a row closes it; the whole file then reopens it for the tests that follow.
    expect(countsOf(await importFile('lvao-csv', LVAO, gone, { filter: cotentin }))).toMatchObject({ closed: 1 });
    expect(countsOf(await importFile('lvao-csv', LVAO, whole, { filter: cotentin }))).toMatchObject({ closed: 0 });
    expect((await PlaceModel.findById(place._id).lean())!.status).toBe('PUBLISHED');
  });

  it('does not count a rejected row as its place listed, nor close it, until the row is readable again', async () => {
    const broken = lvaoVariant('broken-6.csv', (lines) =>
      lines.map((l) => (l.startsWith('lvao0006Qx7Zp') ? l.replace('Atelier de réparation Les Pieux 6', '') : l)),
    );
    const listed = (await lastSeen()).get('lvao0006Qx7Zp')!;
    await tick();
    expect(countsOf(await importFile('lvao-csv', LVAO, broken, { filter: cotentin }))).toMatchObject({
      unchanged: 39,
      rejected: 5,
      closed: 0,
    });
    const after = await lastSeen();
    expect(after.get('lvao0006Qx7Zp')).toEqual(listed);
    expect(after.get('lvao0007Qx7Zp')!.getTime()).toBeGreaterThan(listed.getTime());
    expect((await PlaceModel.findOne({ 'sources.externalId': 'lvao0006Qx7Zp' }).lean())!.status).toBe('PUBLISHED');

    await tick();
    expect(
      countsOf(await importFile('lvao-csv', LVAO, fixture('lvao-cotentin.csv'), { filter: cotentin })),
    ).toMatchObject({ unchanged: 40, rejected: 4 });
    const again = await lastSeen();
    expect(again.get('lvao0006Qx7Zp')).toEqual(again.get('lvao0007Qx7Zp'));
    expect(again.get('lvao0006Qx7Zp')!.getTime()).toBeGreaterThan(after.get('lvao0007Qx7Zp')!.getTime());
  });

  it('keeps a field an editor set by hand when the source changes it, and gives it back when cleared', async () => {
    const place = (await PlaceModel.findOne({ 'sources.externalId': 'lvao0002Qx7Zp' }).lean())!;
    await byHand(String(place._id), {
      changes: { openingHours: 'Mo-Sa 10:00-19:00' },
      overrides: { mode: 'set', fields: [] },
    });
    const changed = lvaoVariant('changed-2.csv', (lines) =>
      lines.map((l) =>
        l.startsWith('lvao0002Qx7Zp')
          ? l.replace('"Mo-Fr 09:00-12:00,14:00-18:00"', 'We 14:00-18:00').replace('Dépôt-vente', 'Dépôt-vente du port')
          : l,
      ),
    );
    expect(countsOf(await importFile('lvao-csv', LVAO, changed, { filter: cotentin }))).toMatchObject({
      updated: 1,
      unchanged: 39,
    });
    const after = (await PlaceModel.findById(place._id).lean())!;
    expect(after.openingHours).toBe('Mo-Sa 10:00-19:00');
    expect(after.name).toMatch(/^Dépôt-vente du port/);
    await byHand(String(place._id), { overrides: { mode: 'clear', fields: ['openingHours'] } });
    expect(countsOf(await importFile('lvao-csv', LVAO, changed, { filter: cotentin }))).toMatchObject({
      updated: 1,
      unchanged: 39,
    });
    expect((await PlaceModel.findById(place._id).lean())!.openingHours).toBe('We 14:00-18:00');
  });

  it('imports a row whose hours, phone or website cannot be read without them, and names each value left out', async () => {
    const unreadable = lvaoVariant('unreadable-values.csv', (lines) =>
      lines.map((l) => {
        if (l.startsWith('lvao0009Qx7Zp'))
          return l
            .replace('Du mardi au samedi de 10h à 12h et de 14h à 18h', 'Quand le patron est là')
            .replace('02.33.29.19.00', 'pas de téléphone');
        if (l.startsWith('lvao0012Qx7Zp')) return l.replace('https://depot-vente-12.example.fr', 'javascript:alert(1)');
        return l;
      }),
    );
    const summary = await importFile('lvao-csv', LVAO, unreadable, { filter: cotentin });
    expect(summary).toMatchObject({ updated: 3, rejected: 4, warned: 2 });
    expect(
      summary.warnings.map(({ line, externalId, code, field, value }) => ({ line, externalId, code, field, value })),
    ).toEqual([
      {
        line: 12,
        externalId: 'lvao0009Qx7Zp',
        code: 'HOURS_UNREADABLE',
        field: 'openingHours',
        value: 'Quand le patron est là',
      },
      { line: 12, externalId: 'lvao0009Qx7Zp', code: 'PHONE_INVALID', field: 'phone', value: 'pas de téléphone' },
      {
        line: 15,
        externalId: 'lvao0012Qx7Zp',
        code: 'WEBSITE_INVALID',
        field: 'website',
        value: 'javascript:alert(1)',
      },
    ]);
    const repairCafe = (await PlaceModel.findOne({ 'sources.externalId': 'lvao0009Qx7Zp' }).lean())!;
    expect(repairCafe).toMatchObject({ status: 'PUBLISHED', openingHours: null, name: 'Repair Café Beaumont-Hague 9' });
    expect(repairCafe.contact?.phone ?? null).toBeNull();
    const run = (await ImportRunModel.findById(summary.runId).lean())!;
    expect(run).toMatchObject({ warned: 2, rejected: 4 });
    expect(run.warnings.map((w) => w.code)).toEqual(['HOURS_UNREADABLE', 'PHONE_INVALID', 'WEBSITE_INVALID']);
  });

  it('records each run with its counts and rejected rows', async () => {
    const runs = await ImportRunModel.find({}).sort({ startedAt: 1 }).lean();
    expect(runs.every((r) => r.status === 'SUCCEEDED')).toBe(true);
    // 50 rows, 6 of other EPCIs: the connector skips those unread, so they are not counted as processed.
    expect(runs[0]).toMatchObject({ created: 40, rejected: 4, processed: 44, total: 44, progress: 1 });
    expect(runs[0]!.rejections.map((r) => r.line)).toEqual([49, 50, 51, 53]);
  });
});
