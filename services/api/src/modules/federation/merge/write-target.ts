import type { Types } from 'mongoose';
import type { WriteTarget } from './place-writer';
import { SourceModel } from '../../places';

/** The write target of a source outside a run (review decisions): its names, licence and the priorities. */
export async function writeTargetFor(
  sourceId: Types.ObjectId,
  onWritten?: (doc: unknown) => void,
): Promise<WriteTarget> {
  const sources = await SourceModel.find(
    {},
    { name: 1, licence: 1, attribution: 1, priority: 1, organizationId: 1 },
  ).lean();
  const source = sources.find((s) => String(s._id) === String(sourceId));
  if (!source) throw new Error(`source ${String(sourceId)} does not exist`);
  return {
    sourceId: source._id,
    sourceName: source.name,
    organizationId: source.organizationId ?? null,
    licence: source.licence ?? null,
    attribution: source.attribution ?? null,
    priority: source.priority ?? 50,
    priorities: new Map(sources.map((s) => [String(s._id), s.priority ?? 50])),
    now: new Date(),
    onWritten,
  };
}
