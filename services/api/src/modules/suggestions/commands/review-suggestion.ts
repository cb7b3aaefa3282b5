import type { Types } from 'mongoose';
import { z } from 'zod';
import { ErrorReason, badInput, refusal } from '../../../shared/errors';
import type { Actor, Viewer } from '../../../shared/viewer';
import { createPlace } from '../../places';
import { loadPlace, updatePlace, type PlaceStatus, type StoredPlace, type WriteDeps } from '../../places';
import type { FieldProblem, PlaceChanges } from '../../places';
import { suggestionPolicy } from '../suggestion.policy';
import { SuggestionModel } from '../suggestion.model';
import { loadSuggestion, type StoredSuggestion } from '../suggestions.service';

export interface ReviewResult {
  suggestion: StoredSuggestion | null;
  place: StoredPlace | null;
  problems: FieldProblem[];
}

const alreadyReviewed = () => refusal(ErrorReason.ALREADY_REVIEWED, 'This suggestion has already been reviewed.');

/**
 * Accepts all or some of a suggestion's fields. The suggestion is claimed first (PENDING → reviewed, so
 * two moderators cannot both apply it), then the place is written through the one place write path with
 * the suggestion as its provenance; if that fails (e.g. CONFLICT) the claim is released.
 */
export async function acceptSuggestion(
  viewer: Viewer,
  input: { id: string; fields?: string[] | null; placeVersion?: number | null },
  deps: WriteDeps,
): Promise<ReviewResult> {
  const staff = suggestionPolicy.review(viewer);
  const suggestion = await loadSuggestion(input.id);
  if (suggestion.status !== 'PENDING') throw alreadyReviewed();
  const proposed = suggestion.changes.map((c) => c.field);
  const selected = input.fields ?? proposed;
  const unknown = selected.filter((f) => !proposed.includes(f));
  if (selected.length === 0 || unknown.length > 0)
    throw badInput(`Choose among the proposed fields: ${proposed.join(', ')}.`, 'fields');

  const userId = staff.kind === 'user' ? staff.userId : null;
  const email = staff.kind === 'user' ? staff.email : 'admin token';
  const review = { userId, email, at: new Date(), reason: null, acceptedFields: selected };
  const status = selected.length < proposed.length ? ('PARTIALLY_ACCEPTED' as const) : ('ACCEPTED' as const);
  const claim = await SuggestionModel.updateOne(
    { _id: suggestion._id, status: 'PENDING' },
    { $set: { status, review } },
  );
  if (claim.modifiedCount !== 1) throw alreadyReviewed();

  const actor: Actor = { type: 'SUGGESTION', suggestionId: suggestion._id.toString(), userId, email };
  const note = `Suggested by the public, accepted by ${email}`;
  const changes: PlaceChanges = {};
  let newStatus: PlaceStatus | undefined;
  for (const change of suggestion.changes) {
    if (!selected.includes(change.field)) continue;
    if (change.field === 'status') newStatus = change.value as PlaceStatus;
    else changes[change.field as keyof PlaceChanges] = change.value;
  }
  try {
    let place: StoredPlace;
    if (suggestion.kind === 'NEW_PLACE') {
      const created = await createPlace({ changes, status: 'PUBLISHED', organizationId: null, actor, note }, deps);
      if (!created.ok) {
        await release(suggestion._id, status);
        return { suggestion: null, place: null, problems: created.problems };
      }
      place = created.place;
      await SuggestionModel.updateOne({ _id: suggestion._id }, { $set: { placeId: place._id } });
    } else {
      const placeId = suggestion.placeId!.toString();
      // Without a version from the moderator's screen, the diff they judged is against the current place.
      const expectedVersion = input.placeVersion ?? (await loadPlace(placeId)).version;
      place = await updatePlace(
        {
          placeId,
          expectedVersion,
          changes,
          status: newStatus,
          overrides: { mode: 'set', fields: [] },
          actor,
          action: 'SUGGESTION',
          note,
        },
        deps,
      );
    }
    return { suggestion: await loadSuggestion(input.id), place, problems: [] };
  } catch (error) {
    await release(suggestion._id, status);
    throw error;
  }
}

const reasonSchema = z.string().trim().min(1, 'Give a reason.').max(2000, 'At most 2000 characters.');

export async function rejectSuggestion(viewer: Viewer, input: { id: string; reason: string }): Promise<ReviewResult> {
  const staff = suggestionPolicy.review(viewer);
  const reason = reasonSchema.safeParse(input.reason);
  if (!reason.success)
    return { suggestion: null, place: null, problems: [{ field: 'reason', message: reason.error.issues[0]!.message }] };
  const suggestion = await loadSuggestion(input.id);
  const review = {
    userId: staff.kind === 'user' ? staff.userId : null,
    email: staff.kind === 'user' ? staff.email : 'admin token',
    at: new Date(),
    reason: reason.data,
    acceptedFields: [],
  };
  const result = await SuggestionModel.updateOne(
    { _id: suggestion._id, status: 'PENDING' },
    { $set: { status: 'REJECTED', review } },
  );
  if (result.modifiedCount !== 1) throw alreadyReviewed();
  return { suggestion: await loadSuggestion(input.id), place: null, problems: [] };
}

function release(id: Types.ObjectId, claimedStatus: 'ACCEPTED' | 'PARTIALLY_ACCEPTED') {
  const review = { userId: null, email: null, at: null, reason: null, acceptedFields: [] };
  return SuggestionModel.updateOne({ _id: id, status: claimedStatus }, { $set: { status: 'PENDING', review } });
}
