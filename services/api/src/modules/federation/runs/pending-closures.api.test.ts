import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useTestApp } from '../../../../test/app';
import { fixture } from '../../../../test/federation-fixtures';
import { importFile } from '../../../../test/federation-import';
import { createOrganization, signedInAs, type Gql } from '../../../../test/staff';
import { AuditEventModel } from '../../audit/audit-event.model';
import { COTENTIN_EPCI } from '../connectors/mapping';
import { PlaceModel } from '../../places/place.model';
import { PendingClosureModel } from './pending-closure.model';

const t = useTestApp({ seedDemo: false });
const LVAO = 'ADEME LVAO (fermetures)';
const tmp = mkdtempSync(path.join(tmpdir(), 'reemploi-closures-'));
let admin: Gql;
let otherEditor: Gql;

/** The LVAO fixture (40 Cotentin places) without the rows of these external ids. */
function without(ids: string[]): string {
  const file = path.join(tmp, `without-${ids.join('-')}.csv`);
  const lines = readFileSync(fixture('lvao-cotentin.csv'), 'utf8').split('\n');
  writeFileSync(file, lines.filter((line) => !ids.some((id) => line.startsWith(id))).join('\n'));
  return file;
}
const run = (file: string) =>
  importFile('lvao-csv', LVAO, file, {
    filter: { epci: [COTENTIN_EPCI] },
    onWritten: (doc) => t.directory.apply(doc as Parameters<typeof t.directory.apply>[0]),
  });
/** A place closes after two complete runs in a row without it: the first only marks it missed. */
async function runTwice(file: string) {
  expect(await run(file)).toMatchObject({ status: 'SUCCEEDED', closed: 0, closuresHeld: 0 });
  return run(file);
}
const FOUR = ['lvao0001Qx7Zp', 'lvao0002Qx7Zp', 'lvao0003Qx7Zp', 'lvao0004Qx7Zp']; // 10 % of 40
const statusOf = async (externalId: string) =>
  (await PlaceModel.findOne({ 'sources.externalId': externalId }).lean())?.status;

const PENDING = `{ pendingClosures { id sourceName status sourcePlaces places { placeId externalId name } } }`;
const DECIDE = `mutation($id: ID!, $d: ClosureDecision!) { decidePendingClosure(id: $id, decision: $d) { status closed decidedAt } }`;
const PUBLIC_PLACE = `query($id: ID!) { place(id: $id) { name status } }`;

beforeAll(async () => {
  admin = (await signedInAs(t.app, 'ADMIN')).gql;
  otherEditor = (await signedInAs(t.app, 'EDITOR', await createOrganization('Autre structure'))).gql;
  expect((await run(fixture('lvao-cotentin.csv'))).created).toBe(40);
});

describe('a run that would close more than 5 % of its source’s places', () => {
  let setId = '';

  it('closes none of them and lists them for staff as a pending closure set', async () => {
    const summary = await runTwice(without(FOUR));
    expect(summary).toMatchObject({ status: 'SUCCEEDED', closed: 0, closuresHeld: 4 });
    for (const id of FOUR) expect(await statusOf(id)).toBe('PUBLISHED');

    const res = await admin(PENDING);
    expect(res.errors).toBeUndefined();
    expect(res.data!.pendingClosures).toHaveLength(1);
    const set = res.data!.pendingClosures[0];
    expect(set).toMatchObject({ sourceName: LVAO, status: 'PENDING', sourcePlaces: 40 });
    expect(set.places.map((p: { externalId: string }) => p.externalId).sort()).toEqual(FOUR);
    setId = set.id;
  });

  it('is not shown to, nor decided by, an editor of another organisation', async () => {
    expect((await otherEditor(PENDING)).data!.pendingClosures).toEqual([]);
    const res = await otherEditor(DECIDE, { id: setId, d: 'CONFIRM' });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    for (const id of FOUR) expect(await statusOf(id)).toBe('PUBLISHED');
  });

  it('refuses an id that is not one with BAD_USER_INPUT', async () => {
    const res = await admin(DECIDE, { id: 'not-an-id', d: 'CONFIRM' });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('closes them when staff confirm, through the write path, each with an audit event naming who and why', async () => {
    const res = await admin(DECIDE, { id: setId, d: 'CONFIRM' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.decidePendingClosure).toMatchObject({ status: 'CONFIRMED', closed: 4 });
    for (const id of FOUR) {
      const place = (await PlaceModel.findOne({ 'sources.externalId': id }).lean())!;
      expect(place.status).toBe('CLOSED');
      const events = await AuditEventModel.find({ placeId: place._id, action: 'STATUS' }).lean();
      expect(events).toHaveLength(1);
      expect(events[0]!.actor).toMatchObject({ type: 'USER' });
      expect(events[0]!.note).toMatch(/Fermeture confirmée : absent de la source « ADEME LVAO \(fermetures\) »/);
      expect(events[0]!.changes).toContainEqual({ field: 'status', before: 'PUBLISHED', after: 'CLOSED' });
      // The public page says so at once (this instance's directory applied the write).
      expect((await t.gql(PUBLIC_PLACE, { id: String(place._id) })).data!.place).toMatchObject({ status: 'CLOSED' });
    }
    expect((await admin(PENDING)).data!.pendingClosures).toEqual([]);
  });

  it('decides a set once: deciding it again is a CONFLICT (ALREADY_REVIEWED)', async () => {
    const res = await admin(DECIDE, { id: setId, d: 'DISMISS' });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVIEWED' });
    expect((await PendingClosureModel.findById(setId).lean())!.status).toBe('CONFIRMED');
  });

  it('keeps them open when staff dismiss, and the next complete run decides again', async () => {
    expect((await run(fixture('lvao-cotentin.csv'))).updated).toBe(4); // they come back: reopened
    for (const id of FOUR) expect(await statusOf(id)).toBe('PUBLISHED');
    expect((await runTwice(without(FOUR))).closuresHeld).toBe(4);
    const held = (await admin(PENDING)).data!.pendingClosures[0];
    const res = await admin(DECIDE, { id: held.id, d: 'DISMISS' });
    expect(res.data!.decidePendingClosure).toMatchObject({ status: 'DISMISSED', closed: null });
    for (const id of FOUR) expect(await statusOf(id)).toBe('PUBLISHED');
  });

  it('supersedes a set still pending when a later complete run lists the places again', async () => {
    // Still missing since the dismissed set: this run holds them again at once.
    expect((await run(without(FOUR))).closuresHeld).toBe(4);
    const held = (await admin(PENDING)).data!.pendingClosures[0];
    expect((await run(fixture('lvao-cotentin.csv'))).closed).toBe(0);
    expect((await PendingClosureModel.findById(held.id).lean())!.status).toBe('SUPERSEDED');
    expect((await admin(PENDING)).data!.pendingClosures).toEqual([]);
    for (const id of FOUR) expect(await statusOf(id)).toBe('PUBLISHED');
  });
});

describe('a run that would close 5 % or less of its source’s places', () => {
  it('closes them as before, without asking staff', async () => {
    const two = ['lvao0005Qx7Zp', 'lvao0006Qx7Zp']; // 2 of 40: 5 %
    const summary = await runTwice(without(two));
    expect(summary).toMatchObject({ status: 'SUCCEEDED', closed: 2, closuresHeld: 0 });
    for (const id of two) expect(await statusOf(id)).toBe('CLOSED');
    expect((await admin(PENDING)).data!.pendingClosures).toEqual([]);
  });
});

describe('a small source', () => {
  const SMALL = 'Ressourceries de Granville (test)';
  const mapping = { fields: { externalId: 'id', name: 'nom', lat: 'lat', lng: 'lon' }, kind: 'RESSOURCERIE' };
  const rows = ['G1', 'G2', 'G3', 'G4'].map(
    (id, i) => `${id};Ressourcerie ${id};48.83;${(-1.6 + i * 0.01).toFixed(3)}`,
  );
  const file = (ids: string[]) => {
    const location = path.join(tmp, `granville-${ids.join('-')}.csv`);
    writeFileSync(location, ['id;nom;lat;lon', ...rows.filter((r) => ids.some((id) => r.startsWith(id)))].join('\n'));
    return location;
  };
  const importSmall = (ids: string[]) =>
    importFile('csv', SMALL, file(ids), {
      mapping,
      onWritten: (doc) => t.directory.apply(doc as Parameters<typeof t.directory.apply>[0]),
    });

  it('closes a single place at once, though it is more than 5 % of the source; holds two or more', async () => {
    expect((await importSmall(['G1', 'G2', 'G3', 'G4'])).created).toBe(4);
    expect(await importSmall(['G1', 'G2', 'G3'])).toMatchObject({ closed: 0, closuresHeld: 0 }); // first miss
    expect(await importSmall(['G1', 'G2', 'G3'])).toMatchObject({ closed: 1, closuresHeld: 0 });
    expect(await statusOf('G4')).toBe('CLOSED');
    expect(await importSmall(['G1'])).toMatchObject({ closed: 0, closuresHeld: 0 }); // first miss of G2, G3
    expect(await importSmall(['G1'])).toMatchObject({ closed: 0, closuresHeld: 2 });
    expect(await statusOf('G2')).toBe('PUBLISHED');
  });
});
