import { Types } from 'mongoose';
import { AppError, ErrorCode, ErrorReason, notFound, refusal } from '../../../shared/errors';
import type { Actor } from '../../../shared/viewer';
import { retireFromSource } from '../merge/place-writer';
import { writeTargetFor } from '../merge/write-target';
import { PendingClosureModel } from './pending-closure.model';
import { newLockOwner, releaseSourceLock, requireSourceLock } from './source-lock';

/** Pending closure sets (runs/close-vanished.ts) of the sources in `within` (null: every source), oldest first. */
export function listPendingClosures(
  status: 'PENDING' | 'CONFIRMED' | 'DISMISSED' | 'SUPERSEDED',
  within: Types.ObjectId[] | null,
) {
  return PendingClosureModel.find({ status, ...(within ? { sourceId: { $in: within } } : {}) })
    .sort({ createdAt: 1 })
    .limit(200)
    .lean();
}

export async function getPendingClosure(id: string) {
  if (!Types.ObjectId.isValid(id))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${id}" is not a pending closure id.`, { field: 'id' });
  const set = await PendingClosureModel.findById(id).lean();
  if (!set) throw notFound(`No pending closure ${id}.`);
  return set;
}

export interface ClosureDecision {
  id: string;
  decision: 'CONFIRM' | 'DISMISS';
  /** `user:<id>` or `admin-token` (who decided, on the set). */
  decidedBy: string;
  /** Recorded on each closed place's audit event. */
  actor: Actor;
  lockTtlMs: number;
  onWritten?: (doc: unknown) => void;
}

/**
 * Staff's decision on a set a run held. DISMISS keeps the places open (the next complete run decides
 * again). CONFIRM closes them, under the source's import lock (not while a run of the source may be
 * reading them again), each through the places module's write path with an audit event naming who
 * confirmed; a place that meanwhile came back, was closed by hand or got another source is left as it is.
 * Only a PENDING set is decided, once (ALREADY_REVIEWED otherwise).
 */
export async function decidePendingClosure(input: ClosureDecision) {
  const pending = await getPendingClosure(input.id);
  if (pending.status !== 'PENDING')
    throw refusal(ErrorReason.ALREADY_REVIEWED, `This closure set was already decided (${pending.status}).`);
  const owner = newLockOwner();
  if (input.decision === 'CONFIRM') await requireSourceLock(pending.sourceId, owner, input.lockTtlMs);
  try {
    const claimed = await PendingClosureModel.findOneAndUpdate(
      { _id: pending._id, status: 'PENDING' },
      {
        $set: {
          status: input.decision === 'CONFIRM' ? 'CONFIRMED' : 'DISMISSED',
          decidedAt: new Date(),
          decidedBy: input.decidedBy,
        },
      },
      { returnDocument: 'after' },
    ).lean();
    if (!claimed) throw refusal(ErrorReason.ALREADY_REVIEWED, 'This closure set was already decided.');
    if (input.decision === 'DISMISS') return claimed;
    const target = await writeTargetFor(pending.sourceId, input.onWritten);
    const note = `Fermeture confirmée : absent de la source « ${pending.sourceName} » (import ${String(pending.importRunId)})`;
    let closed = 0;
    for (const held of pending.places) {
      const outcome = await retireFromSource(target, held.placeId, {
        close: true,
        audit: { actor: input.actor, note },
      });
      if (outcome === 'closed') closed += 1;
    }
    return await PendingClosureModel.findOneAndUpdate(
      { _id: pending._id },
      { $set: { closed } },
      { returnDocument: 'after' },
    ).lean();
  } finally {
    if (input.decision === 'CONFIRM') await releaseSourceLock(pending.sourceId, owner).catch(() => undefined);
  }
}
