import { Types } from 'mongoose';
import { useTestDatabase } from '../../../test/db';
import { appendChanges, readChanges } from './change-log';
import { PlaceChangeModel } from './change.model';

const change = () => ({
  kind: 'UPDATED' as const,
  placeId: new Types.ObjectId(),
  version: 1,
  commune: null,
  inseeCode: null,
});

describe('the change log under concurrent writers', () => {
  useTestDatabase();
  beforeAll(() => PlaceChangeModel.init());

  it('numbers 200 changes appended at once 1…200, each once, with no gap a reader would have to wait for', async () => {
    const written = Array.from({ length: 200 }, change);
    // Many writers at once on the connection pool: the counter and the unique index are all they share.
    await Promise.all(written.map((c, i) => appendChanges(i % 10 === 0 ? [c, change()] : [c])));
    const { entries, lastSeq } = await readChanges(0, 1000);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 220 }, (_, i) => i + 1));
    expect(lastSeq).toBe(220);
    const ids = new Set(entries.map((e) => String(e.placeId)));
    for (const c of written) expect(ids.has(String(c.placeId))).toBe(true);
  });
});

describe('the change log when another instance took numbers', () => {
  useTestDatabase();
  beforeAll(() => PlaceChangeModel.init());

  it('takes the next free number when the counter lags behind what is written', async () => {
    await appendChanges([change(), change()]);
    // Another instance wrote 3 and 4, and its counter update was lost (a non-atomic $inc).
    await PlaceChangeModel.create([
      { seq: 3, kind: 'UPDATED', at: new Date() },
      { seq: 4, kind: 'UPDATED', at: new Date() },
    ]);
    const mine = change();
    await appendChanges([mine]);
    const { entries } = await readChanges(0, 10);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(String(entries[4]!.placeId)).toBe(String(mine.placeId));
  });
});
