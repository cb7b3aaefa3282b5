import type { Types } from 'mongoose';
import { findPlace } from '../../places';
import { planRetirement, retireFromSource, type WriteTarget } from '../merge/place-writer';
import type { ImportCounts } from './import-batch';
import type { ImportState } from './import-state';
import { PendingClosureModel } from './pending-closure.model';

/** More than this share of a source's open places closing in one run is held for staff (issue 18)… */
export const CLOSURE_HOLD_SHARE = 0.05;
/** …when that is at least this many places: one closure empties no map (a one-place source's record replaced). */
export const CLOSURE_HOLD_MIN = 2;

/**
 * After a complete read: places of this source that neither this run nor the previous complete one saw
 * are closed (or detached from this source, planRetirement); a first miss is only marked (place-sightings.ts). When more than CLOSURE_HOLD_SHARE of the source's open places (and at least
 * CLOSURE_HOLD_MIN) would close at once, a broken or truncated feed is likelier than that many closures
 * overnight: the run closes none of them and records them as a pending closure set for staff
 * (detaching still happens: it empties nothing).
 * Any set still pending for the source is superseded: this run has decided again. Returns the places held.
 */
export async function closeVanished(target: WriteTarget, state: ImportState, counts: ImportCounts): Promise<number> {
  const open = new Set<string>();
  const vanished: { externalId: string; placeId: Types.ObjectId }[] = [];
  for (const [externalId, known] of state.known) {
    if (known.closedByImport || known.retired || known.refused) continue;
    open.add(String(known.placeId));
    // Two complete runs in a row without it (the previous one marked it `missed`): one bad night of a
    // feed, or a record briefly pulled for a fix, closes nothing.
    if (known.seenAt === 0 && known.missed) vanished.push({ externalId, placeId: known.placeId });
  }
  const closing: { externalId: string; placeId: Types.ObjectId; name: string; commune: string | null }[] = [];
  for (const { externalId, placeId } of vanished) {
    const place = await findPlace(placeId);
    if (place && planRetirement(target, place, { close: true }).result === 'closed')
      closing.push({ externalId, placeId, name: place.name, commune: place.address?.commune ?? null });
  }
  const hold = closing.length >= CLOSURE_HOLD_MIN && closing.length > open.size * CLOSURE_HOLD_SHARE;
  await PendingClosureModel.updateMany(
    { sourceId: target.sourceId, status: 'PENDING' },
    { $set: { status: 'SUPERSEDED', decidedAt: target.now } },
  );
  if (hold)
    await PendingClosureModel.create({
      sourceId: target.sourceId,
      sourceName: target.sourceName,
      importRunId: target.importRunId ?? undefined,
      places: closing,
      sourcePlaces: open.size,
    });
  const held = new Set(hold ? closing.map((c) => String(c.placeId)) : []);
  for (const { placeId } of vanished) {
    if (held.has(String(placeId))) continue;
    const outcome = await retireFromSource(target, placeId);
    if (outcome === 'closed') counts.closed += 1;
    else if (outcome === 'detached') counts.updated += 1;
  }
  return held.size;
}
