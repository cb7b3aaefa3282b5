import { Schema, Types, model } from 'mongoose';
import { dropSourceRecordMarks, provenanceKey, type StoredPlace } from '../../places';

/*
 * A source's records as its places list them, in a compact table read with one query at the start of a
 * run: external id → place, content hash, `missed`, and what the run needs of the place (status, who
 * closed it, organisation). With it an unchanged row costs no read and no write of its place; on FerretDB
 * every read of the places collection decodes all of it, which made a re-run as slow as the first run.
 *
 * It is a copy, kept true this way: the run maintains it from every place it writes (runImport's
 * onWritten), saves it at the end of a successful run; every write of a place a source lists, by anyone,
 * marks the place for that source first (places/source-record-marks.ts), and the next run reads the
 * marked places again. No table yet (first run, a database from before it), or more marks than
 * MAX_MARKED: the run reads every place, as before. A run that stops half-way saves nothing: its marks
 * stay, and the next run reads what it wrote.
 *
 * Stored as a few documents of RECORDS_PER_CHUNK records each (a document per record would cost a row
 * decode each), a new generation per save; a load takes the newest complete one.
 */

/** What a run needs of one record of its source. */
export interface SourceRecord {
  externalId: string;
  placeId: string;
  hash: string | null;
  missed: boolean;
  status: StoredPlace['status'];
  /** Closed because it vanished from its sources (a comeback reopens it). */
  closedByImport: boolean;
  organizationId: string | null;
  /**
   * The digest of a raw row (connectors/row-digest.ts) that gives this record's `hash`: a row with that
   * digest is unchanged without being built. Kept while the hash stays what it was.
   */
  digest?: string | null;
}

const RECORDS_PER_CHUNK = 5_000;
/** Beyond this many marked places, reading them one by one costs more than reading every place. */
export const MAX_MARKED = 2_000;

const chunkSchema = new Schema(
  {
    sourceId: { type: Schema.Types.ObjectId, required: true },
    generation: { type: Schema.Types.ObjectId, required: true },
    chunk: { type: Number, required: true },
    chunks: { type: Number, required: true },
    /** JSON array of tuples (see `encode`). */
    records: { type: String, required: true },
  },
  { collection: 'source_records', versionKey: false },
);
chunkSchema.index({ sourceId: 1 });

export const SourceRecordChunkModel = model('SourceRecordChunk', chunkSchema);

type Tuple = [string, string, string | null, 0 | 1, StoredPlace['status'], 0 | 1, string | null, (string | null)?];
const encode = (r: SourceRecord): Tuple => [
  r.externalId,
  r.placeId,
  r.hash,
  r.missed ? 1 : 0,
  r.status,
  r.closedByImport ? 1 : 0,
  r.organizationId,
  r.digest ?? null,
];
const decode = ([
  externalId,
  placeId,
  hash,
  missed,
  status,
  closedByImport,
  organizationId,
  digest,
]: Tuple): SourceRecord => ({
  externalId,
  placeId,
  hash,
  missed: missed === 1,
  status,
  closedByImport: closedByImport === 1,
  organizationId,
  digest: digest ?? null,
});

/** The records of `sourceId` on one place, as the place says (its entries of that source). */
export function recordsOfPlace(
  place: Pick<StoredPlace, '_id' | 'status' | 'provenance' | 'sources' | 'organizationId'>,
  sourceId: string,
): SourceRecord[] {
  const closedByImport =
    place.status === 'CLOSED' &&
    (place.provenance as Record<string, string> | null)?.[provenanceKey('status')] === 'import';
  return place.sources
    .filter((s) => String(s.sourceId) === sourceId && s.externalId)
    .map((entry) => ({
      externalId: entry.externalId!,
      placeId: String(place._id),
      hash: entry.hash ?? null,
      missed: entry.missed ?? false,
      status: place.status,
      closedByImport,
      organizationId: place.organizationId ? String(place.organizationId) : null,
    }));
}

/** A source's records by external id, updated from the places as they are read or written. */
export class SourceRecords {
  private readonly byId = new Map<string, SourceRecord>();
  private readonly byPlace = new Map<string, Set<string>>();
  /** External id by row digest (an entry is stale when that record's digest is another now). */
  private readonly byDigest = new Map<string, string>();
  /** Something differs from what was loaded: the run saves the table. */
  changed = false;
  /** A place was read again or written since the load: the run saves the table and drops its marks. */
  touched = false;

  constructor(
    readonly sourceId: string,
    records: Iterable<SourceRecord> = [],
  ) {
    for (const record of records) this.set(record);
    this.changed = false; // as loaded: nothing to save yet
  }

  get size(): number {
    return this.byId.size;
  }

  values(): IterableIterator<SourceRecord> {
    return this.byId.values();
  }

  /** The place as stored now (null: it no longer exists): its records replace those it had. */
  applyPlace(placeId: string, place: Parameters<typeof recordsOfPlace>[0] | null): void {
    this.touched = true;
    const now = place ? recordsOfPlace(place, this.sourceId) : [];
    const before = this.byPlace.get(placeId);
    for (const externalId of before ?? []) {
      if (now.some((r) => r.externalId === externalId)) continue;
      this.byId.delete(externalId);
      this.changed = true;
    }
    this.byPlace.delete(placeId);
    for (const record of now) this.set(record);
  }

  /** The record whose stored digest this is, if any. */
  ofDigest(digest: string): SourceRecord | undefined {
    const externalId = this.byDigest.get(digest);
    const record = externalId === undefined ? undefined : this.byId.get(externalId);
    return record?.digest === digest ? record : undefined;
  }

  /** A row of this digest gave the record `hash`: kept when that is the record's hash (it was stored). */
  noteDigest(externalId: string, digest: string, hash: string): void {
    const record = this.byId.get(externalId);
    if (!record || record.hash !== hash || record.digest === digest) return;
    record.digest = digest;
    this.byDigest.set(digest, externalId);
    this.changed = true;
  }

  private set(record: SourceRecord): void {
    const previous = this.byId.get(record.externalId);
    // Read again from its place, a record keeps the digest of the row that gave its hash.
    if (record.digest === undefined) record.digest = previous?.hash === record.hash ? (previous.digest ?? null) : null;
    if (record.digest) this.byDigest.set(record.digest, record.externalId);
    if (previous && previous.placeId !== record.placeId) this.byPlace.get(previous.placeId)?.delete(record.externalId);
    if (!previous || JSON.stringify(encode(previous)) !== JSON.stringify(encode(record))) this.changed = true;
    this.byId.set(record.externalId, record);
    const ids = this.byPlace.get(record.placeId) ?? new Set<string>();
    ids.add(record.externalId);
    this.byPlace.set(record.placeId, ids);
  }
}

/** The newest complete saved table of a source, or null when there is none. */
export async function loadSourceRecords(sourceId: Types.ObjectId): Promise<SourceRecord[] | null> {
  const chunks = await SourceRecordChunkModel.find({ sourceId }).lean();
  const generations = new Map<string, typeof chunks>();
  for (const chunk of chunks) {
    const key = String(chunk.generation);
    generations.set(key, [...(generations.get(key) ?? []), chunk]);
  }
  const complete = [...generations.entries()]
    .filter(([, parts]) => parts.length === parts[0]!.chunks)
    .sort(([a], [b]) => b.localeCompare(a)); // ObjectIds: newest first
  if (complete.length === 0) return null;
  return complete[0]![1]
    .sort((a, b) => a.chunk - b.chunk)
    .flatMap((part) => (JSON.parse(part.records) as Tuple[]).map(decode));
}

/**
 * Saves the table as it is at the end of a successful run (a new generation, then the older ones go),
 * and drops the marks it took into account: those read at the run's start and those of its own writes.
 */
export async function saveSourceRecords(
  records: SourceRecords,
  marksRead: readonly Types.ObjectId[],
  importRunId: string,
): Promise<void> {
  const sourceId = new Types.ObjectId(records.sourceId);
  if (!records.changed && !records.touched && marksRead.length === 0) return; // an unchanged re-run: nothing to save
  if (records.changed) {
    const all = [...records.values()].map(encode);
    const generation = new Types.ObjectId();
    const chunks = Math.max(1, Math.ceil(all.length / RECORDS_PER_CHUNK));
    await SourceRecordChunkModel.collection.insertMany(
      Array.from({ length: chunks }, (_, chunk) => ({
        sourceId,
        generation,
        chunk,
        chunks,
        records: JSON.stringify(all.slice(chunk * RECORDS_PER_CHUNK, (chunk + 1) * RECORDS_PER_CHUNK)),
      })),
    );
    await SourceRecordChunkModel.deleteMany({ sourceId, generation: { $ne: generation } });
  }
  await dropSourceRecordMarks(sourceId, marksRead, importRunId);
}
