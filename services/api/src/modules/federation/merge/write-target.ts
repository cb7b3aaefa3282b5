import type { Types } from 'mongoose';
import type { WriteTarget } from './place-writer';
import { SourceModel } from '../../places';

/** What a write needs to know of its source (names, licence, organisation, priority), from its stored document. */
export interface TargetSource {
  _id: Types.ObjectId;
  name: string;
  organizationId?: Types.ObjectId | null;
  licence?: string | null;
  attribution?: string | null;
  priority?: number | null;
}

/** A source's write target: one definition for import runs and review decisions. */
export function toWriteTarget(
  source: TargetSource,
  priorities: Map<string, number>,
  extra: Pick<WriteTarget, 'now' | 'onWritten' | 'importRunId'>,
): WriteTarget {
  return {
    sourceId: source._id,
    sourceName: source.name,
    organizationId: source.organizationId ?? null,
    licence: source.licence ?? null,
    attribution: source.attribution ?? null,
    priority: source.priority ?? 50,
    priorities,
    ...extra,
  };
}

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
  const priorities = new Map(sources.map((s) => [String(s._id), s.priority ?? 50]));
  return toWriteTarget(source, priorities, { now: new Date(), onWritten });
}
