import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import { ErrorReason, refusal } from '../../../shared/errors';
import { ImportLockModel } from './import-lock.model';
import { SourceModel } from '../../places';

/** A lock owner name unique to this process and attempt: host:pid:random. */
export const newLockOwner = () => `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;
const lockId = (sourceId: Types.ObjectId) => `source:${String(sourceId)}`;

async function tryInsert(_id: string, owner: string, expiresAt: Date): Promise<boolean> {
  try {
    await ImportLockModel.create({ _id, owner, expiresAt });
    return true;
  } catch (error) {
    if (isDuplicate(error)) return false;
    throw error;
  }
}

/**
 * One importer per source across every process and instance (CLI, API, scheduler): the lock is a document
 * whose _id is the source, so only one insert can win; it carries an owner and an expiry, is renewed while
 * the import runs and deleted at the end. A crashed owner's lock expires and is then replaced.
 */
export async function acquireSourceLock(
  sourceId: Types.ObjectId,
  owner: string,
  ttlMs: number,
  now = new Date(),
): Promise<boolean> {
  const _id = lockId(sourceId);
  const expiresAt = new Date(now.getTime() + ttlMs);
  if (await tryInsert(_id, owner, expiresAt)) return true;
  const current = await ImportLockModel.findById(_id).lean();
  if (current && current.owner !== owner && current.expiresAt > now) return false;
  if (current?.owner === owner) return renewSourceLock(sourceId, owner, ttlMs, now);
  // Expired (or just released): remove exactly that stale lock, then race fairly for a fresh one.
  if (current) await ImportLockModel.deleteOne({ _id, owner: current.owner, expiresAt: current.expiresAt });
  return tryInsert(_id, owner, expiresAt);
}

/** Extends the lock; false when it is no longer ours. */
export async function renewSourceLock(
  sourceId: Types.ObjectId,
  owner: string,
  ttlMs: number,
  now = new Date(),
): Promise<boolean> {
  const result = await ImportLockModel.updateOne(
    { _id: lockId(sourceId), owner },
    { $set: { expiresAt: new Date(now.getTime() + ttlMs) } },
  );
  return result.matchedCount === 1;
}

export async function releaseSourceLock(sourceId: Types.ObjectId, owner: string): Promise<void> {
  await ImportLockModel.deleteOne({ _id: lockId(sourceId), owner });
}

/** Who holds a source's lock and until when (null when free or expired). */
export async function sourceLockOf(sourceId: Types.ObjectId | string, now = new Date()) {
  const lock = await ImportLockModel.findById(`source:${String(sourceId)}`).lean();
  return lock && lock.expiresAt > now ? { owner: lock.owner, expiresAt: lock.expiresAt } : null;
}

/** Claims one scheduled occurrence of a source for this instance (exactly one instance wins it). */
export function claimScheduledRun(sourceId: Types.ObjectId, occurrence: Date, owner: string): Promise<boolean> {
  return tryInsert(`schedule:${String(sourceId)}@${occurrence.toISOString()}`, owner, occurrence);
}

/** Takes the lock or throws CONFLICT naming who holds it and until when. */
export async function requireSourceLock(sourceId: Types.ObjectId, owner: string, ttlMs: number): Promise<void> {
  if (await acquireSourceLock(sourceId, owner, ttlMs)) return;
  const [source, lock] = await Promise.all([
    SourceModel.findById(sourceId, { name: 1 }).lean(),
    sourceLockOf(sourceId),
  ]);
  throw refusal(
    ErrorReason.IMPORT_RUNNING,
    `Source "${source?.name ?? String(sourceId)}" is being imported by ${lock?.owner ?? 'another process'} (lock until ${lock?.expiresAt.toISOString() ?? 'now'}). Wait for that run to finish.`,
    { retryable: true },
  );
}
