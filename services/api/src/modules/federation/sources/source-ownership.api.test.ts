import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Types } from 'mongoose';
import { useTestApp } from '../../../../test/app';
import { createOrganization, signedInAs, type Gql } from '../../../../test/staff';
import { AuditEventModel } from '../../audit/audit-event.model';
import { PLACE_KINDS, PlaceModel } from '../../places/place.model';
import { ImportRunModel } from '../runs/import-run.model';
import { MatchReviewModel } from '../matching/match-review.model';
import { runImport } from '../runs/run-import';
import { newLockOwner } from '../runs/source-lock';
import { SourceRecordChunkModel } from '../runs/source-records';
import { SourceModel } from '../../places/source.model';

// Issue 17: an editor's import must change nothing outside their organisation.
const t = useTestApp({ seedDemo: true });
const dir = mkdtempSync(path.join(tmpdir(), 'reemploi-ownership-'));
// Each row names its kind: matching needs kinds that agree (a copy of a repair café is a repair café).
const mapping = {
  fields: {
    externalId: 'id',
    name: 'nom',
    lat: 'lat',
    lng: 'lon',
    website: 'site',
    description: 'description',
    kind: 'type',
  },
  kind: 'COLLECTION_POINT',
  valueMaps: { kind: Object.fromEntries(PLACE_KINDS.map((k) => [k, k])) },
};

interface Row {
  id: string;
  name: string;
  kind?: string;
  lat: number;
  lng: number;
}
/** Imports these rows as the source's whole file, the way a run from the back-office does. */
async function importRows(sourceId: string, file: string, rows: Row[]) {
  const location = path.join(dir, file);
  const lines = rows.map(
    (r) =>
      `${r.id};${r.name};${r.lat};${r.lng};https://attaquant.example/;Fermé, allez ailleurs;${r.kind ?? 'COLLECTION_POINT'}`,
  );
  writeFileSync(location, ['id;nom;lat;lon;site;description;type', ...lines].join('\n'));
  return runImport({
    sourceId: (await SourceModel.findById(sourceId).lean())!._id,
    location,
    trigger: 'API',
    owner: newLockOwner(),
    geocoder: null,
    maxBytes: 1_000_000,
    fetchTimeoutMs: 5000,
    lockTtlMs: 30_000,
    onWritten: (doc) => t.directory.apply(doc as never),
  });
}

const rowOf = (
  id: string,
  place: { name: string; kind: string; location?: { coordinates: number[] } | null },
): Row => ({
  id,
  name: place.name,
  kind: place.kind,
  lng: place.location!.coordinates[0]!,
  lat: place.location!.coordinates[1]!,
});
const stored = async (id: string) => JSON.parse(JSON.stringify(await PlaceModel.findById(id).lean())) as unknown;

describe('an import changes only places its source may write', () => {
  let orgA = '';
  let orgB = '';
  let editorA: Gql;
  let admin: Gql;
  const victims: Record<'otherOrganisation' | 'staff' | 'demo', string> = {
    otherOrganisation: '',
    staff: '',
    demo: '',
  };

  beforeAll(async () => {
    await Promise.all([ImportRunModel.init(), MatchReviewModel.init(), AuditEventModel.init()]);
    orgA = await createOrganization('Association A');
    orgB = await createOrganization('Ressourcerie B');
    editorA = (await signedInAs(t.app, 'EDITOR', orgA)).gql;
    admin = (await signedInAs(t.app, 'ADMIN')).gql;

    // Organisation B's place, from B's own source.
    const sourceB = await SourceModel.create({ name: 'Fichier B', format: 'csv', mapping, organizationId: orgB });
    const b = await importRows(String(sourceB._id), 'b.csv', [
      { id: 'B1', name: 'Ressourcerie de la Hague', lat: 49.6502, lng: -1.8503 },
    ]);
    expect(b).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    victims.otherOrganisation = String((await PlaceModel.findOne({ 'sources.externalId': 'B1' }).lean())!._id);
    expect((await PlaceModel.findById(victims.otherOrganisation).lean())!.organizationId?.toString()).toBe(orgB);

    // A place staff created by hand, of no organisation.
    const created = await admin(
      'mutation { createPlace(input: { status: PUBLISHED, fields: { name: "Repair café des Pieux", kind: REPAIR_CAFE, location: { lat: 49.5123, lng: -1.8011 } } }) { place { id } } }',
    );
    victims.staff = created.data!.createPlace.place.id;

    // A demo place (no organisation).
    victims.demo = String((await PlaceModel.findOne({ isDemo: true, status: 'PUBLISHED' }).lean())!._id);
  });

  it('queues the rows that repeat other organisations’, staff and demo places for review, and writes none of them; a second run without them closes none', async () => {
    const before = Object.fromEntries(
      await Promise.all(Object.entries(victims).map(async ([k, id]) => [k, await stored(id)] as const)),
    );
    const created = await editorA(
      'mutation($m: JSON) { createSource(input: { name: "Fichier A", format: CSV, priority: 100, mapping: $m }) { source { id priority } problems { field message } } }',
      { m: mapping },
    );
    expect(created.data!.createSource.source).toMatchObject({ priority: 100 });
    const sourceA = created.data!.createSource.source.id;

    const copies = await Promise.all(
      Object.entries(victims).map(async ([k, id]) => rowOf(`copy-${k}`, (await PlaceModel.findById(id).lean())!)),
    );
    const own = { id: 'A1', name: 'Point de collecte de l’association A', lat: 49.601, lng: -1.401 };
    const first = await importRows(sourceA, 'a1.csv', [...copies, own]);
    expect(first).toMatchObject({ status: 'SUCCEEDED', created: 1, updated: 0, closed: 0, queuedForReview: 3 });
    for (const [k, id] of Object.entries(victims)) expect([k, await stored(id)]).toEqual([k, before[k]]);

    const ownPlace = (await PlaceModel.findOne({ 'sources.externalId': 'A1' }).lean())!;
    expect(ownPlace.organizationId?.toString()).toBe(orgA);

    // The queue says why; the editor may keep the record apart but not merge it into a place they cannot edit.
    const queue = await editorA('{ matchReviews { id reason place { id } } }');
    const reviews = queue.data!.matchReviews as { id: string; reason: string; place: { id: string } }[];
    expect(reviews.map((r) => r.reason).sort()).toEqual([
      expect.stringMatching(/but the place belongs to another organisation$/),
      expect.stringMatching(/but the place belongs to no organisation/),
      expect.stringMatching(/but the place belongs to no organisation/),
    ]);
    const refused = await editorA('mutation($id: ID!) { reviewMatch(id: $id, decision: SAME_PLACE) { status } }', {
      id: reviews.find((r) => r.place.id === victims.otherOrganisation)!.id,
    });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    for (const [k, id] of Object.entries(victims)) expect([k, await stored(id)]).toEqual([k, before[k]]);

    // Two runs without those rows (and without its own first row): only its own place closes, at the second.
    const a2 = [{ ...own, id: 'A2', name: 'Autre point A', lat: 49.61 }];
    expect(await importRows(sourceA, 'a2.csv', a2)).toMatchObject({ status: 'SUCCEEDED', created: 1, closed: 0 });
    const second = await importRows(sourceA, 'a2.csv', a2);
    expect(second).toMatchObject({ status: 'SUCCEEDED', created: 0, closed: 1 });
    expect((await PlaceModel.findById(ownPlace._id).lean())!.status).toBe('CLOSED');
    for (const [k, id] of Object.entries(victims)) expect([k, await stored(id)]).toEqual([k, before[k]]);
    const search = await t.gql<{ places: { edges: { node: { id: string } }[] } }>(
      '{ places(filter: { text: "Ressourcerie de la Hague" }) { edges { node { id } } } }',
    );
    expect(search.data!.places.edges.map((e) => e.node.id)).toContain(victims.otherOrganisation);
  });

  it('merges a match an administrator accepts through the place write path, and still never closes that place', async () => {
    const sourceA = (await SourceModel.findOne({ name: 'Fichier A' }).lean())!;
    const review = (await MatchReviewModel.findOne({ sourceId: sourceA._id, placeId: victims.demo }).lean())!;
    const decided = await admin('mutation($id: ID!) { reviewMatch(id: $id, decision: SAME_PLACE) { status } }', {
      id: String(review._id),
    });
    expect(decided.errors).toBeUndefined();
    const merged = (await PlaceModel.findById(victims.demo).lean())!;
    expect(merged.sources.map((s) => s.name)).toContain('Fichier A');
    expect(merged.contact?.website).toBe('https://attaquant.example/');
    const events = await AuditEventModel.find({ placeId: victims.demo }).lean();
    expect(events).toContainEqual(
      expect.objectContaining({ action: 'IMPORT', actor: expect.objectContaining({ sourceName: 'Fichier A' }) }),
    );

    // The source stops listing it (two runs in a row): it drops its entry, and the place it did not create stays open.
    const a3 = [{ id: 'A2', name: 'Autre point A', lat: 49.61, lng: -1.401 }];
    expect(await importRows(String(sourceA._id), 'a3.csv', a3)).toMatchObject({ status: 'SUCCEEDED', closed: 0 });
    const again = await importRows(String(sourceA._id), 'a3.csv', a3);
    expect(again).toMatchObject({ status: 'SUCCEEDED', closed: 0 });
    const after = (await PlaceModel.findById(victims.demo).lean())!;
    expect(after.status).toBe('PUBLISHED');
    expect(after.sources.map((s) => s.name)).not.toContain('Fichier A');
  });

  it('learns who created a place imported before creators were recorded, so its own source still closes it', async () => {
    const orgC = await createOrganization('Association C');
    const sourceC = await SourceModel.create({ name: 'Fichier C', format: 'csv', mapping, organizationId: orgC });
    const c1 = { id: 'C1', name: 'Donnerie de Tourlaville', lat: 49.452, lng: -1.553 };
    expect(await importRows(String(sourceC._id), 'c1.csv', [c1])).toMatchObject({ created: 1 });
    const legacy = (await PlaceModel.findOne({ 'sources.externalId': 'C1' }).lean())!;
    // As stored before issue 17: no creator, no organisation.
    await PlaceModel.collection.updateOne(
      { _id: legacy._id },
      { $unset: { createdBySourceId: '' }, $set: { organizationId: null } },
    );
    await PlaceModel.collection.updateOne(
      { _id: new Types.ObjectId(victims.staff) },
      { $unset: { createdBySourceId: '' } },
    );
    // Nor had such a database the sources' record tables (issue 18): its next run reads every place.
    await SourceRecordChunkModel.deleteMany({});

    const c2 = [{ ...c1, id: 'C2', name: 'Donnerie du port' }];
    expect(await importRows(String(sourceC._id), 'c2.csv', c2)).toMatchObject({ created: 1, closed: 0 });
    const next = await importRows(String(sourceC._id), 'c2.csv', c2);
    expect(next).toMatchObject({ status: 'SUCCEEDED', created: 0, closed: 1 });
    const after = (await PlaceModel.findById(legacy._id).lean())!;
    expect(after).toMatchObject({ status: 'CLOSED', createdBySourceId: sourceC._id });
    expect(after.organizationId?.toString()).toBe(orgC);
    expect((await PlaceModel.findById(victims.staff).lean())!.createdBySourceId).toBeNull();
  });
});
