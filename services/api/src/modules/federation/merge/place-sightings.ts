import type { Types } from 'mongoose';
import { writePlace } from '../../places';
import type { ImportState } from '../runs/import-state';
import { writeDeps, type WriteTarget } from './place-writer';
import { SourceModel } from '../../places';

/*
 * When did a source last list a place? Writing `lastSeenAt` on every place at every run would make a
 * re-run of an unchanged file write every place: FerretDB v1.24 scans the collection for each
 * document it updates, however the updates are batched. So a complete run records it once, as its
 * source's `confirmedAt`, and writes only the entries whose state changes: `missed` on those it did not
 * read (or read only as a rejected row), cleared on those it reads again unchanged. Records it wrote
 * carry the run's time in their own `lastSeenAt` already.
 */

/**
 * After a complete read (vanished places closed): marks the records it did not confirm, unmarks those it
 * confirmed again, then moves the source's confirmedAt to the run's time. In this order, a run stopped
 * half-way leaves every date true.
 */
export async function recordSightings(
  target: WriteTarget,
  state: ImportState,
  previousConfirmedAt: Date | null,
): Promise<void> {
  for (const [externalId, known] of state.known) {
    if (known.refused) continue; // a place this source may not write: its entry waits for review
    if (known.confirmed === null && !known.missed) {
      await setMissed(target, known.placeId, externalId, true, previousConfirmedAt);
    } else if (known.confirmed === 'unchanged' && known.missed) {
      await setMissed(target, known.placeId, externalId, false, target.now);
    }
  }
  await SourceModel.updateOne({ _id: target.sourceId }, { $set: { confirmedAt: target.now } });
}

/**
 * One entry's mark, through the places module's write primitive (a write of the whole `sources` array by
 * another source's run must not undo it) with a new version and updatedAt, so other instances' indexes
 * pick it up. Bookkeeping of the source's own entry: no audit event. `seenAt`: when the source last
 * listed it, kept when the entry already says later.
 */
async function setMissed(
  target: WriteTarget,
  placeId: Types.ObjectId,
  externalId: string,
  missed: boolean,
  seenAt: Date | null,
): Promise<void> {
  await writePlace(
    placeId,
    (place) => {
      const index =
        place?.sources.findIndex(
          (s) => String(s.sourceId) === String(target.sourceId) && s.externalId === externalId,
        ) ?? -1;
      if (!place || index < 0) return { result: undefined }; // removed, or detached from this source by the run
      const entry = place.sources[index]!;
      const lastSeenAt = seenAt && seenAt > entry.lastSeenAt ? seenAt : entry.lastSeenAt;
      return {
        set: { [`sources.${index}.missed`]: missed, [`sources.${index}.lastSeenAt`]: lastSeenAt },
        audit: null,
        result: undefined,
      };
    },
    writeDeps(target),
  );
}
