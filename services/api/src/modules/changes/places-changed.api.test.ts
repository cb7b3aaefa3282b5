import path from 'node:path';
import { useTestApp } from '../../../test/app';
import { importFile } from '../../../test/federation-import';
import { PLACES_CHANGED, placeWrites, readFeed } from '../../../test/change-feed';
import { gqlWith, signedInAs } from '../../../test/staff';
import { localDay } from '../notices/notice-input';
import { readChanges } from './change-log';
import { PlaceChangeModel } from './change.model';

describe('placesChanged: the partners change feed', () => {
  const t = useTestApp({ seedDemo: false });

  it('gives every change of the public directory in order, each once, and resumes after a cursor', async () => {
    const { gql } = await signedInAs(t.app, 'ADMIN');
    const writes = placeWrites(gql);
    const start = (await readFeed(t.gql)).endCursor;
    const cafe = await writes.create('Repair café du feed');
    const renamed = await writes.rename(cafe, 'Repair café du feed (salle des fêtes)');
    await writes.create('Atelier en brouillon', 'Valognes', 'DRAFT');
    const halfway = (await readFeed(t.gql, start)).endCursor;
    await writes.close(renamed);

    const { changes } = await readFeed(t.gql, start);
    expect(changes.map((c) => [c.kind, c.placeId, c.version])).toEqual([
      ['CREATED', cafe.id, 1],
      ['UPDATED', cafe.id, 2],
      ['CLOSED', cafe.id, 3],
    ]);
    expect(changes[0]!.commune).toBe('Valognes');
    expect(new Set(changes.map((c) => c.cursor)).size).toBe(3);

    // A partner that stopped halfway gets only what came after, nothing twice.
    const rest = await readFeed(t.gql, halfway);
    expect(rest.changes.map((c) => c.kind)).toEqual(['CLOSED']);
    // Small pages give the same sequence.
    expect((await readFeed(t.gql, start, 1)).changes).toEqual(changes);
    // Where a partner starts after a full copy: after everything written so far.
    const now = (await t.gql('{ placesChangedCursor }')).data!.placesChangedCursor as string;
    expect((await readFeed(t.gql, now)).changes).toEqual([]);
    const later = await writes.create('Après la copie');
    expect((await readFeed(t.gql, now)).changes.map((c) => c.placeId)).toEqual([later.id]);
  });

  it('says NOTICE when a notice is added to a place, CREATED for each place an import adds', async () => {
    const { gql } = await signedInAs(t.app, 'ADMIN');
    const start = (await readFeed(t.gql)).endCursor;
    const place = await placeWrites(gql).create('Déchèterie en grève');
    const notice = await gql(
      `mutation($target: NoticeTargetInput!, $notice: PlaceNoticeInput!) {
        addPlaceNotice(target: $target, notice: $notice) { places { id } }
      }`,
      {
        target: { placeIds: [place.id] },
        notice: {
          kind: 'NOTICE',
          message: 'Benne textile pleine',
          endsOn: localDay(new Date(Date.now() + 7 * 86_400_000)),
        },
      },
    );
    expect(notice.errors).toBeUndefined();
    expect((await readFeed(t.gql, start)).changes.map((c) => [c.kind, c.placeId])).toEqual([
      ['CREATED', place.id],
      ['NOTICE', place.id],
    ]);

    // An import (here as the command line runs it, without the API) goes through the same write paths.
    const before = (await readFeed(t.gql)).endCursor;
    const fixtures = path.join(__dirname, '../../../test/fixtures/federation');
    const summary = await importFile('sinoe', 'SINOE déchèteries', path.join(fixtures, 'sinoe-decheteries.csv'));
    const created = (await readFeed(t.gql, before)).changes;
    expect(created.length).toBe(summary.created);
    expect(created.length).toBeGreaterThan(0);
    expect(new Set(created.map((c) => c.kind))).toEqual(new Set(['CREATED']));
  });

  it('gives a key restricted to a territory the changes of its communes only', async () => {
    const { gql } = await signedInAs(t.app, 'ADMIN');
    const start = (await readFeed(t.gql)).endCursor;
    const key = await gql(`mutation { createApiKey(input: { name: "Mairie", territory: ["valognes"] }) { secret } }`);
    const asKey = gqlWith(t.app, { 'x-api-key': key.data!.createApiKey.secret });
    const inside = await placeWrites(gql).create('Atelier de Valognes', 'Valognes');
    await placeWrites(gql).create('Atelier de Brix', 'Brix');
    expect((await readFeed(asKey, start)).changes.map((c) => c.placeId)).toEqual([inside.id]);
    expect((await readFeed(t.gql, start)).changes).toHaveLength(2);
  });

  it('refuses a cursor it did not give, and a page size out of range', async () => {
    const bad = await t.gql(PLACES_CHANGED, { since: 'not-a-cursor' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'since' });
    const big = await t.gql(PLACES_CHANGED, { first: 5000 });
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('does not read past a number still being written, and fills it once its writer is long gone', async () => {
    const { endCursor } = await readFeed(t.gql);
    const last = (await PlaceChangeModel.findOne().sort({ seq: -1 }).lean())?.seq ?? 0;
    // Number last+1 was handed out but never written; last+2 was written just now.
    await PlaceChangeModel.create({ seq: last + 2, kind: 'UPDATED', at: new Date() });
    const early = await readFeed(t.gql, endCursor);
    expect(early.changes).toEqual([]);
    expect(early.endCursor).toBe(endCursor); // the partner will ask again from the same place

    // Seconds later (the writer died), the gap is filled and the feed goes on.
    const later = new Date(Date.now() + 60_000);
    await readChanges(last, 10, { now: later });
    const { entries } = await readChanges(last, 10, { now: later });
    expect(entries.map((e) => e.seq)).toEqual([last + 2]);
    // A late writer cannot take the filled number: its insert fails on the unique index.
    await expect(PlaceChangeModel.create({ seq: last + 1, kind: 'UPDATED', at: new Date() })).rejects.toThrow();
  });
});
