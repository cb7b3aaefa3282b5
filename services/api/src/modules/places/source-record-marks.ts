import { Schema, Types, model } from 'mongoose';

/*
 * Each import keeps a compact table of its source's records (federation/runs/source-records.ts) so that an
 * unchanged re-run reads neither the places nor writes them. That table is a copy of what the places say,
 * so every write of a place a source lists must tell it: before writing, the write path leaves a mark
 * "this place changed for this source" (written first, so a crash between the mark and the write only
 * makes the next run read one place more). The source's next run reads the marked places again and drops
 * the marks it has taken into account. Marks are inserts only: FerretDB scans a collection for every
 * update or delete, an insert costs one row.
 */
const sourceRecordMarkSchema = new Schema(
  {
    sourceId: { type: Schema.Types.ObjectId, required: true },
    placeIds: { type: [Schema.Types.ObjectId], default: [] },
    /** The import run that wrote (it takes its own writes into account); null: anyone else. */
    importRunId: { type: String, default: null },
  },
  { collection: 'source_record_marks', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
sourceRecordMarkSchema.index({ sourceId: 1 });

export const SourceRecordMarkModel = model('SourceRecordMark', sourceRecordMarkSchema);

type Entry = { sourceId: { toString(): string } };

/** The sources listing a place before a write or after it (`sources` of the write's `$set`, when it sets them). */
export function sourcesOf(place: { sources?: Entry[] | null } | null, set?: Record<string, unknown>): string[] {
  const ids = new Set((place?.sources ?? []).map((s) => s.sourceId.toString()));
  if (Array.isArray(set?.sources)) for (const entry of set.sources as Entry[]) ids.add(entry.sourceId.toString());
  return [...ids];
}

/** Marks `placeIds` as changed for each of `sourceIds` (before the write). */
export async function markSourceRecords(
  sourceIds: readonly string[],
  placeIds: readonly Types.ObjectId[],
  importRunId: string | null | undefined,
): Promise<void> {
  if (sourceIds.length === 0 || placeIds.length === 0) return;
  await SourceRecordMarkModel.collection.insertMany(
    sourceIds.map((sourceId) => ({
      _id: new Types.ObjectId(),
      sourceId: new Types.ObjectId(sourceId),
      placeIds: [...placeIds],
      importRunId: importRunId ?? null,
      createdAt: new Date(),
    })),
  );
}

/** The marks left for a source: their ids and the places they name. */
export async function sourceRecordMarks(
  sourceId: Types.ObjectId | string,
): Promise<{ ids: Types.ObjectId[]; placeIds: Set<string> }> {
  const marks = await SourceRecordMarkModel.find({ sourceId }, { placeIds: 1 }).lean();
  return {
    ids: marks.map((m) => m._id),
    placeIds: new Set(marks.flatMap((m) => m.placeIds.map(String))),
  };
}

/** Drops the marks a run took into account: those it read at its start and those of its own writes. */
export async function dropSourceRecordMarks(
  sourceId: Types.ObjectId | string,
  read: readonly Types.ObjectId[],
  importRunId: string,
): Promise<void> {
  await SourceRecordMarkModel.deleteMany({ sourceId, $or: [{ _id: { $in: read } }, { importRunId }] });
}
