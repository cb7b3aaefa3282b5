import { Types } from 'mongoose';
import { AppError, ErrorCode } from '../../shared/errors';
import { MatchReviewModel } from './match-review.model';
import { SlugAllocator, createPlaces, mergeIntoPlace, type LocatedRecord } from './place-writer';
import { releaseSourceLock, acquireSourceLock, newLockOwner } from './source-lock';
import { writeTargetFor } from './write-target';

export interface ReviewMatchInput {
  reviewId: string;
  decision: 'SAME_PLACE' | 'SEPARATE';
  decidedBy: string;
  lockTtlMs: number;
  onWritten?: (doc: unknown) => void;
}

/**
 * Records staff's decision on an uncertain match and applies it at once when no import of that source is
 * running (otherwise the next run applies it): SAME_PLACE merges the record into the place, SEPARATE
 * creates its own place. The decision is kept, so later runs never ask again.
 */
export async function reviewMatch(input: ReviewMatchInput) {
  if (!Types.ObjectId.isValid(input.reviewId))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${input.reviewId}" is not a review id.`);
  const review = await MatchReviewModel.findOneAndUpdate(
    { _id: input.reviewId, status: 'PENDING' },
    { $set: { status: input.decision, decidedAt: new Date(), decidedBy: input.decidedBy } },
    { returnDocument: 'after' },
  ).lean();
  if (!review) {
    const exists = await MatchReviewModel.exists({ _id: input.reviewId });
    throw new AppError(
      exists ? ErrorCode.CONFLICT : ErrorCode.NOT_FOUND,
      exists ? 'This match was already decided.' : `No match review ${input.reviewId}.`,
    );
  }
  const owner = newLockOwner();
  if (!(await acquireSourceLock(review.sourceId, owner, input.lockTtlMs))) return review;
  try {
    const located = JSON.parse(review.record) as LocatedRecord;
    const target = await writeTargetFor(review.sourceId, input.onWritten);
    if (input.decision === 'SAME_PLACE') await mergeIntoPlace(target, review.placeId, located);
    else await createPlaces(target, [located], new SlugAllocator());
  } finally {
    await releaseSourceLock(review.sourceId, owner);
  }
  return review;
}
