import type { Types, mongo } from 'mongoose';
import type { Logger } from '../../shared/logger';
import { ChangeCounterModel, GAP, PlaceChangeModel, type ChangeKind } from './change.model';

/** A change to append; `seq` and `at` are given by appendChanges. */
export interface NewChange {
  kind: ChangeKind;
  placeId: Types.ObjectId | string | null;
  version: number | null;
  commune: string | null;
  inseeCode: string | null;
}

export interface StoredChange extends NewChange {
  seq: number;
  at: Date;
}

/** A place as the write paths hand it over (the fields a change is derived from). */
export interface WrittenPlace {
  _id: Types.ObjectId;
  version?: number | null;
  status?: string | null;
  address?: { commune?: string | null; inseeCode?: string | null } | null;
}

const COUNTER = 'place_changes';
const DUPLICATE_KEY = 11000;
const MAX_ATTEMPTS = 20;
/** How long a missing number may stay missing before the feed fills it with a GAP and reads on. */
export const GAP_GRACE_MS = 10_000;

const isPublic = (status: string | null | undefined) => status === 'PUBLISHED' || status === 'CLOSED';

/**
 * What a write means to a partner mirroring the public directory, or null when it means nothing to
 * them (a draft edited). `fields` are the audit event's changed fields.
 */
export function changeOfWrite(before: WrittenPlace | null, after: WrittenPlace, fields: string[]): NewChange | null {
  const was = before !== null && isPublic(before.status);
  const is = isPublic(after.status);
  if (!was && !is) return null;
  let kind: ChangeKind;
  if (!was) kind = 'CREATED';
  else if (!is) kind = 'REMOVED';
  else if (after.status === 'CLOSED' && before?.status !== 'CLOSED') kind = 'CLOSED';
  else if (fields.length > 0 && fields.every((field) => field === 'notices')) kind = 'NOTICE';
  else kind = 'UPDATED';
  return {
    kind,
    placeId: after._id,
    version: after.version ?? null,
    commune: after.address?.commune ?? null,
    inseeCode: after.address?.inseeCode ?? null,
  };
}

/** `n` consecutive numbers from the counter; the first is returned. */
async function allocate(n: number): Promise<number> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const counter = await ChangeCounterModel.findOneAndUpdate(
        { _id: COUNTER },
        { $inc: { seq: n } },
        { upsert: true, returnDocument: 'after' },
      ).lean();
      return counter!.seq - n + 1;
    } catch (error) {
      // Two first upserts at once: one created the counter, the other increments it now.
      if ((error as { code?: number }).code !== DUPLICATE_KEY || attempt >= 3) throw error;
    }
  }
}

/**
 * Appends changes in the order given, each under the next number of the shared counter. Appends of this
 * process are queued and written together (one counter increment and one insert per round trip, in the
 * order they were asked): writers of one instance never race each other for numbers. Another instance
 * may (and FerretDB's $inc is not atomic): a number already taken fails on the unique index, the counter
 * is moved past the highest number written and the entry takes a new one. Nothing is lost, nothing is
 * numbered twice. Resolves once the changes are stored.
 */
export function appendChanges(changes: NewChange[]): Promise<void> {
  if (changes.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    queue.push({ changes, resolve, reject });
    flushing ??= flush();
  });
}

interface Queued {
  changes: NewChange[];
  resolve(): void;
  reject(error: unknown): void;
}
let queue: Queued[] = [];
let flushing: Promise<void> | null = null;

async function flush(): Promise<void> {
  while (queue.length > 0) {
    const batch = queue;
    queue = [];
    try {
      await insertNumbered(batch.flatMap((queued) => queued.changes));
      for (const queued of batch) queued.resolve();
    } catch (error) {
      for (const queued of batch) queued.reject(error);
    }
  }
  flushing = null;
}

async function insertNumbered(changes: NewChange[]): Promise<void> {
  let pending = changes;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt >= MAX_ATTEMPTS) throw new Error(`${pending.length} changes could not be numbered`);
    const first = await allocate(pending.length);
    const at = new Date();
    const docs = pending.map((change, i) => ({ ...change, seq: first + i, at }));
    try {
      await PlaceChangeModel.collection.insertMany(docs, { ordered: false });
      pending = [];
    } catch (error) {
      const failed = (error as Partial<mongo.MongoBulkWriteError>).writeErrors;
      if (!failed) throw error;
      const errors = Array.isArray(failed) ? failed : [failed];
      if (errors.some((e) => e.code !== DUPLICATE_KEY)) throw error;
      pending = errors.map((e) => pending[e.index]!);
      await passHighestWritten();
    }
  }
}

/** After a collision: the counter moves past every number written (another instance's, or a GAP). */
async function passHighestWritten(): Promise<void> {
  const highest = await PlaceChangeModel.findOne({}, { seq: 1 }).sort({ seq: -1 }).lean();
  if (highest) await ChangeCounterModel.updateOne({ _id: COUNTER }, { $max: { seq: highest.seq } });
}

/**
 * Records the changes of place writes, right after their audit events. Like the audit trail it does not
 * undo a write the user saw succeed: a failure is logged (or thrown without a logger).
 */
export async function recordPlaceWrites(
  writes: { before: WrittenPlace | null; after: WrittenPlace; fields: string[] }[],
  logger?: Logger | null,
): Promise<void> {
  const changes = writes
    .map((w) => changeOfWrite(w.before, w.after, w.fields))
    .filter((c): c is NewChange => c !== null);
  if (changes.length === 0) return;
  try {
    await appendChanges(changes);
  } catch (error) {
    if (!logger) throw error;
    logger.error({ err: error, changes: changes.length }, 'place changes not recorded');
  }
}

/**
 * Up to `limit` entries after `since`, in order, never past a missing number: a number handed out but
 * not written yet may still come, and a reader that skipped it would lose it. A number missing for
 * longer than `graceMs` (its writer died) is filled with a GAP, which a late writer cannot then take.
 * `complete`: the read stopped at `limit` (more may follow at once).
 */
export async function readChanges(
  since: number,
  limit: number,
  options: { graceMs?: number; now?: Date } = {},
): Promise<{ entries: StoredChange[]; lastSeq: number; full: boolean }> {
  const graceMs = options.graceMs ?? GAP_GRACE_MS;
  const now = (options.now ?? new Date()).getTime();
  const docs = (await PlaceChangeModel.find({ seq: { $gt: since } })
    .sort({ seq: 1 })
    .limit(limit)
    .lean()) as (Omit<StoredChange, 'kind'> & { kind: ChangeKind | typeof GAP })[];
  const entries: StoredChange[] = [];
  let expected = since + 1;
  for (const doc of docs) {
    if (doc.seq !== expected) {
      if (now - doc.at.getTime() < graceMs) return { entries, lastSeq: expected - 1, full: false };
      await fillGap(expected, doc.seq);
      return { entries, lastSeq: expected - 1, full: true }; // read again: the gap or its late writer is there now
    }
    if (doc.kind !== GAP) entries.push({ ...doc, kind: doc.kind });
    expected = doc.seq + 1;
  }
  return { entries, lastSeq: expected - 1, full: docs.length === limit };
}

async function fillGap(from: number, to: number): Promise<void> {
  const at = new Date();
  const gaps = [];
  for (let seq = from; seq < to; seq += 1) gaps.push({ seq, kind: GAP, at });
  await PlaceChangeModel.collection.insertMany(gaps, { ordered: false }).catch((error: { code?: number }) => {
    const failed = (error as Partial<mongo.MongoBulkWriteError>).writeErrors;
    if (!failed) throw error; // duplicates: the late writer got there first, which is as good
  });
}

/** The last number handed out: where a new reader that wants only what comes next starts. */
export async function lastChangeSeq(): Promise<number> {
  const counter = await ChangeCounterModel.findById(COUNTER).lean();
  return counter?.seq ?? 0;
}
