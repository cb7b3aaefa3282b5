import type { Context } from '../../../shared/context';
import { findPlace } from '../../places';
import { placePolicy } from '../../places';
import { suggestionDiff, type StoredSuggestion } from '../suggestions.service';

async function visiblePlace(id: unknown, ctx: Context) {
  if (!id) return null;
  const place = await findPlace(String(id));
  if (!place) return null;
  try {
    placePolicy.view(ctx.viewer, place);
    return place;
  } catch {
    return null;
  }
}

export const Suggestion = {
  id: (s: StoredSuggestion) => s._id.toString(),
  place: (s: StoredSuggestion, _: unknown, ctx: Context) => visiblePlace(s.placeId, ctx),
  duplicateOf: (s: StoredSuggestion, _: unknown, ctx: Context) => visiblePlace(s.duplicateOfId, ctx),
  submittedAt: (s: StoredSuggestion) => s.createdAt.toISOString(),
  placeVersionAtSubmission: (s: StoredSuggestion) => s.baseVersion ?? null,
  diff: (s: StoredSuggestion) => suggestionDiff(s),
  review: (s: StoredSuggestion) =>
    s.review?.at
      ? {
          by: s.review.email,
          at: s.review.at.toISOString(),
          reason: s.review.reason,
          acceptedFields: s.review.acceptedFields,
        }
      : null,
};
