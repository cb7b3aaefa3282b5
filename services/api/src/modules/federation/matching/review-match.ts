import { Types } from 'mongoose';
import { AppError, ErrorCode, ErrorReason, notFound, refusal } from '../../../shared/errors';
import type { Viewer } from '../../../shared/viewer';
import { findPlace } from '../../places';
import { placePolicy } from '../../places';
import { SlugAllocator } from '../../places';
import { MatchReviewModel } from './match-review.model';
import {
  createPlaces,
  mergeIntoPlace,
  retireFromSource,
  writingSource,
  type LocatedRecord,
  type WriteTarget,
} from '../merge/place-writer';
import { releaseSourceLock, acquireSourceLock, newLockOwner } from '../runs/source-lock';
import { writeTargetFor } from '../merge/write-target';

export interface ReviewMatchInput {
  reviewId: string;
  decision: 'SAME_PLACE' | 'SEPARATE';
  decidedBy: string;
  /** Who decides: SAME_PLACE on a place the source may not write needs the right to edit that place. */
  viewer: Viewer;
  lockTtlMs: number;
  onWritten?: (doc: unknown) => void;
}

/**
 * Records staff's decision on an uncertain match and applies it at once when no import of that source is
 * running (otherwise the next run applies it): SAME_PLACE merges the record into the place, through the
 * places module's write primitive; SEPARATE creates its own place (and takes the record's entry off the
 * reviewed place if it was there). The decision is kept, so later runs never ask again. Accepting a match
 * the source could not have merged itself (place.policy.ts, acceptMatch) needs the right to edit the place.
 */
export async function reviewMatch(input: ReviewMatchInput) {
  if (!Types.ObjectId.isValid(input.reviewId))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${input.reviewId}" is not a review id.`);
  if (input.decision === 'SAME_PLACE') await authorizeSamePlace(input);
  const review = await MatchReviewModel.findOneAndUpdate(
    { _id: input.reviewId, status: 'PENDING' },
    { $set: { status: input.decision, decidedAt: new Date(), decidedBy: input.decidedBy } },
    { returnDocument: 'after' },
  ).lean();
  if (!review) {
    const exists = await MatchReviewModel.exists({ _id: input.reviewId });
    throw exists
      ? refusal(ErrorReason.ALREADY_REVIEWED, 'This match was already decided.')
      : notFound(`No match review ${input.reviewId}.`);
  }
  const owner = newLockOwner();
  if (!(await acquireSourceLock(review.sourceId, owner, input.lockTtlMs))) return review;
  try {
    const located = JSON.parse(review.record) as LocatedRecord;
    const target = await writeTargetFor(review.sourceId, input.onWritten);
    if (input.decision === 'SAME_PLACE') await mergeIntoPlace(target, review.placeId, located, 'approved');
    else await separate(target, review.placeId, located);
  } finally {
    await releaseSourceLock(review.sourceId, owner);
  }
  return review;
}

async function authorizeSamePlace(input: ReviewMatchInput): Promise<void> {
  const review = await MatchReviewModel.findById(input.reviewId, { sourceId: 1, placeId: 1 }).lean();
  if (!review) return; // answered below (NOT_FOUND)
  const place = await findPlace(review.placeId);
  if (!place) throw notFound('The place of this match no longer exists.');
  const target = await writeTargetFor(review.sourceId);
  placePolicy.acceptMatch(input.viewer, writingSource(target), place, target.priorities);
}

async function separate(target: WriteTarget, placeId: Types.ObjectId, located: LocatedRecord): Promise<void> {
  await retireFromSource(target, placeId, { close: false });
  await createPlaces(target, [located], new SlugAllocator());
}
