import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useTestApp } from '../../../test/app';
import { readFeed } from '../../../test/change-feed';
import { fixture } from '../../../test/federation-fixtures';
import { countsOf, importFile } from '../../../test/federation-import';
import { signedInAs, type Gql } from '../../../test/staff';
import { AuditEventModel } from '../audit';
import { COTENTIN_EPCI } from '../federation/connectors/mapping';
import { changedFields } from './commands/write-place';
import { PlaceModel } from './place.model';

const t = useTestApp({ seedDemo: false });
const cotentin = { epci: [COTENTIN_EPCI] };
const LVAO = 'LVAO (history of imported places)';
const ID = 'lvao0001Qx7Zp';

const HISTORY =
  'query($id: ID!) { placeHistory(id: $id) { id action actor { type sourceName importRunId } changes { field before after } version } }';
const UPDATE =
  'mutation($id: ID!, $v: Int!, $f: PlaceFieldsInput!) { updatePlace(id: $id, version: $v, fields: $f) { place { version } problems { field } } }';
const REVERT =
  'mutation($e: ID!, $f: String!, $v: Int!) { revertPlaceField(eventId: $e, field: $f, version: $v) { version place { name contact { phone } } } }';

/** The LVAO fixture with the phone of one row changed. */
function withNewPhone(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'imported-history-')), 'lvao.csv');
  const text = readFileSync(fixture('lvao-cotentin.csv'), 'utf8');
  writeFileSync(
    file,
    text
      .split('\n')
      .map((line) => (line.startsWith(`${ID},`) ? line.replace('02.33.21.11.00', '02.33.99.88.77') : line))
      .join('\n'),
  );
  return file;
}

let admin: Gql;
beforeAll(async () => {
  admin = (await signedInAs(t.app, 'ADMIN')).gql;
});

describe('a place an import created', () => {
  it('is announced to partners, and its history keeps the values it was created with after later changes', async () => {
    const start = (await readFeed(t.gql)).endCursor;
    const first = await importFile('lvao-csv', LVAO, fixture('lvao-cotentin.csv'), { filter: cotentin });
    expect(countsOf(first)).toMatchObject({ created: 40 });

    // The change feed announces every new place, at its first version.
    const feed = (await readFeed(t.gql, start)).changes;
    const places = await PlaceModel.find({ 'sources.name': LVAO }).lean();
    expect(feed.map((c) => [c.kind, c.placeId, c.version]).sort()).toEqual(
      places.map((p) => ['CREATED', String(p._id), 1]).sort(),
    );

    const created = (await PlaceModel.findOne({ 'sources.externalId': ID }).lean())!;
    const createdValues = JSON.parse(JSON.stringify(changedFields(null, created))) as unknown[];
    expect(createdValues).toContainEqual({ field: 'contact.phone', before: null, after: '+33233211100' });
    // What is stored: who and which version, not a copy of the place.
    const stored = await AuditEventModel.find({ placeId: created._id }).lean();
    expect(stored).toMatchObject([{ action: 'CREATE', version: 1, changes: [], changesOmitted: true }]);

    // The source changes the phone, then staff rename the place.
    const second = await importFile('lvao-csv', LVAO, withNewPhone(), { filter: cotentin });
    expect(countsOf(second)).toMatchObject({ updated: 1, unchanged: 39 });
    const renamed = await admin(UPDATE, { id: String(created._id), v: 2, f: { name: 'Atelier de réparation' } });
    expect(renamed.data!.updatePlace).toEqual({ place: { version: 3 }, problems: [] });

    const history = (await admin(HISTORY, { id: String(created._id) })).data!.placeHistory;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['UPDATE', 'IMPORT', 'CREATE']);
    expect(history[0].changes).toEqual([{ field: 'name', before: created.name, after: 'Atelier de réparation' }]);
    expect(history[1].changes).toEqual([{ field: 'contact.phone', before: '+33233211100', after: '+33233998877' }]);
    expect(history[2]).toEqual({
      id: expect.any(String),
      action: 'CREATE',
      actor: { type: 'IMPORT', sourceName: LVAO, importRunId: first.runId },
      changes: createdValues,
      version: 1,
    });

    // An admin reverts a value of the creation: the field goes back to what it was before it (nothing).
    const reverted = await admin(REVERT, { e: history[2].id, f: 'contact.phone', v: 3 });
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data!.revertPlaceField).toEqual({
      version: 4,
      place: { name: 'Atelier de réparation', contact: { phone: null } },
    });
    const after = (await admin(HISTORY, { id: String(created._id) })).data!.placeHistory;
    expect(after.map((e: { action: string }) => e.action)).toEqual(['REVERT', 'UPDATE', 'IMPORT', 'CREATE']);
    expect(after[3].changes).toEqual(createdValues);
  });
});
