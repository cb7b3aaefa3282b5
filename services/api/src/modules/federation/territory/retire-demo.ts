import type { Types } from 'mongoose';
import { SourceModel, placesForImport } from '../../places';
import { retireFromSource } from '../merge/place-writer';
import { writeTargetFor } from '../merge/write-target';

export interface DemoRetirement {
  /** Demo places no real source lists: closed, as when a source stops listing a place it created. */
  closed: number;
  /** Demo places a real source lists too: kept, with the real sources' fields (the demo's priority is 10). */
  kept: number;
}

/**
 * After a complete territory sync, the demo data (REEMPLOI_SEED_DEMO) makes way for the real directory:
 * each demo place that no real source lists is closed through the import path (audited, reopened only if a
 * source lists it again). Closed places are still known to the seed, so a restart does not bring them back.
 */
export async function retireDemoPlaces(): Promise<DemoRetirement> {
  const demo = await SourceModel.findOne({ format: 'demo' }, { _id: 1 }).lean();
  const result: DemoRetirement = { closed: 0, kept: 0 };
  if (!demo) return result;
  const demoId = String(demo._id);
  const demoOnly: Types.ObjectId[] = [];
  for await (const place of placesForImport()) {
    if (place.status !== 'PUBLISHED' && place.status !== 'DRAFT') continue;
    const ids = place.sources.map((s) => String(s.sourceId));
    if (!ids.includes(demoId)) continue;
    if (ids.every((id) => id === demoId)) demoOnly.push(place._id);
    else result.kept += 1;
  }
  const target = await writeTargetFor(demo._id);
  for (const placeId of demoOnly) {
    const outcome = await retireFromSource(target, placeId, {
      close: true,
      audit: {
        actor: { type: 'SYSTEM', sourceId: demoId, sourceName: target.sourceName },
        note: 'Données de démonstration remplacées par les sources du territoire (territory sync)',
      },
    });
    if (outcome === 'closed') result.closed += 1;
  }
  return result;
}
