import { notFound } from '../../../shared/errors';
import type { Actor } from '../../../shared/viewer';
import type { Confirmation } from '../freshness';
import type { StoredPlace, WriteDeps } from './update-place';
import { writePlace } from './write-place';

/**
 * Records that a person says the listing is still accurate (a structure's one click, or staff checking
 * the « À vérifier » list): no field changes, only confirmedAt / confirmedBy, through the one write path
 * with an audit event.
 */
export async function confirmPlace(
  input: { placeId: string; by: Confirmation['by']; actor: Actor; at?: Date },
  deps: WriteDeps,
): Promise<StoredPlace> {
  const at = input.at ?? new Date();
  const { place } = await writePlace(
    input.placeId,
    (stored) => {
      if (!stored) throw notFound('No such place.');
      return {
        set: { confirmedAt: at, confirmedBy: input.by },
        audit: { action: 'CONFIRM', actor: input.actor, changes: [], note: null },
        result: undefined,
      };
    },
    { apply: (updated) => deps.directory.apply(updated), logger: deps.logger },
  );
  return place!;
}
