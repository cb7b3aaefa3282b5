import { Types } from 'mongoose';
import { importCreators } from '../../audit';
import { SourceModel } from '../source.model';
import { PlaceModel } from '../place.model';
import { DEMO_SOURCE_NAME } from '../seed-demo-places';

/**
 * Places stored before their creating source was recorded (`createdBySourceId` absent) get it once:
 * from their CREATE event in the audit trail when an import created them (and that source's
 * organisation when they have none, as a place an import creates today), from the demo source for demo
 * places, null otherwise (created by hand or unknown: no source may close them). Runs before each import
 * loads its state; a no-op once every place has the field. Idempotent, so simultaneous runs are harmless.
 */
export async function recordLegacyCreators(): Promise<number> {
  const legacy = await PlaceModel.find({ createdBySourceId: { $exists: false } }, { _id: 1, isDemo: 1 }).lean();
  if (legacy.length === 0) return 0;
  const creators = await importCreators(legacy.map((p) => p._id));
  const demo = await SourceModel.findOne({ name: DEMO_SOURCE_NAME }, { _id: 1 }).lean();
  const bySource = new Map<string, Types.ObjectId[]>();
  for (const place of legacy) {
    const creator = creators.get(String(place._id)) ?? (place.isDemo && demo ? String(demo._id) : null);
    if (creator) bySource.set(creator, [...(bySource.get(creator) ?? []), place._id]);
  }
  const organisations = new Map(
    (await SourceModel.find({ _id: { $in: [...bySource.keys()] } }, { organizationId: 1 }).lean()).map((s) => [
      String(s._id),
      s.organizationId ?? null,
    ]),
  );
  for (const [sourceId, ids] of bySource) {
    const organizationId = organisations.get(sourceId) ?? null;
    if (organizationId)
      await PlaceModel.updateMany(
        { _id: { $in: ids }, createdBySourceId: { $exists: false }, organizationId: null },
        { $set: { organizationId } },
      );
    await PlaceModel.updateMany(
      { _id: { $in: ids }, createdBySourceId: { $exists: false } },
      { $set: { createdBySourceId: new Types.ObjectId(sourceId) }, $inc: { version: 1 } },
    );
  }
  await PlaceModel.updateMany(
    { createdBySourceId: { $exists: false } },
    { $set: { createdBySourceId: null }, $inc: { version: 1 } },
  );
  return legacy.length;
}
