import { knownCompetenceCodes } from '../organizations';
import { AppError, ErrorCode } from '../../shared/errors';
import { BoardPostModel } from './board-post.model';
import { type CheckedPost, postRefused } from './post-input';

/** Posts one account may create in any 24 hours, so a stolen or runaway account cannot flood the board. */
export const POSTS_PER_DAY = 20;
const DAY_MS = 24 * 3600 * 1000;

/**
 * RATE_LIMITED (`retryAfterSeconds`: until its oldest post of the window is 24 hours old) once the account
 * created POSTS_PER_DAY posts in the last 24 hours. Counted from the stored posts, so every API instance
 * and a restart agree; closing or having a post hidden gives nothing back.
 */
export async function checkPostingLimit(authorId: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - DAY_MS);
  const recent = await BoardPostModel.find({ authorId, createdAt: { $gt: since } })
    .sort({ createdAt: -1 })
    .skip(POSTS_PER_DAY - 1)
    .limit(1)
    .select('createdAt')
    .lean();
  const oldest = recent[0];
  if (!oldest) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest.createdAt.getTime() + DAY_MS - now.getTime()) / 1000));
  throw new AppError(
    ErrorCode.RATE_LIMITED,
    `An account posts at most ${POSTS_PER_DAY} times in 24 hours; retry in ${Math.ceil(retryAfterSeconds / 60)} min.`,
    { retryAfterSeconds },
  );
}

/** A post's competence must be a term of the vocabulary (organizations' competences), else UNKNOWN_COMPETENCE. */
export async function checkCompetence(post: CheckedPost): Promise<CheckedPost> {
  if (post.competence && !(await knownCompetenceCodes()).has(post.competence))
    throw postRefused(
      'UNKNOWN_COMPETENCE',
      'competence',
      `${post.competence} is not a term of the competences vocabulary (see the competences query).`,
    );
  return post;
}
