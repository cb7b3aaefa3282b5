import type { Types } from 'mongoose';
import { PlaceModel } from '../places/place.model';
import { slugify } from '../places/slug';
import { recordImportWrite } from '../audit/audit-trail';
import { mergeRecord, provenanceKey, type StoredFields } from './merge';
import type { NormalisedRecord, PlaceFields } from './normalise/normalise-record';

/** The source being imported, as the writer needs it. */
export interface WriteTarget {
  sourceId: Types.ObjectId;
  sourceName: string;
  licence: string | null;
  attribution: string | null;
  priority: number;
  priorities: ReadonlyMap<string, number>;
  now: Date;
  /** The import run writing (recorded in the audit trail); null outside a run (review decisions). */
  importRunId?: string | null;
  /** Called with every stored place written (the running instance's directory applies it at once). */
  onWritten?: (doc: unknown) => void;
}

/** A record ready to store: validated, located, hashed. */
export interface LocatedRecord {
  record: NormalisedRecord;
  fields: PlaceFields;
  hash: string;
}

const MAX_CONFLICT_RETRIES = 5;
type LeanPlace = StoredFields & {
  _id: Types.ObjectId;
  version?: number | null;
  status: string;
  sources: SourceEntry[];
};
interface SourceEntry {
  sourceId: Types.ObjectId;
  externalId?: string | null;
  firstSeenAt: Date;
  [key: string]: unknown;
}

function sourceEntry(target: WriteTarget, located: LocatedRecord, firstSeenAt: Date) {
  return {
    sourceId: target.sourceId,
    name: target.sourceName,
    licence: target.licence,
    attribution: located.record.attribution ?? target.attribution,
    externalId: located.record.externalId,
    url: located.record.url,
    firstSeenAt,
    lastSeenAt: target.now,
    missed: false,
    hash: located.hash,
  };
}

const mergeInput = (target: WriteTarget) => ({
  sourceId: String(target.sourceId),
  priority: target.priority,
  priorities: target.priorities,
});

/** Slugs handed out during this process, on top of those in the database (loaded once per run). */
export class SlugAllocator {
  private taken: Set<string> | null = null;

  async allocate(name: string, commune: string | null): Promise<string> {
    this.taken ??= new Set(await PlaceModel.distinct('slug'));
    const base = slugify(name);
    const candidates = [base, ...(commune ? [`${base}-${slugify(commune)}`] : [])];
    let slug = candidates.find((c) => !this.taken!.has(c));
    for (let n = 2; !slug; n += 1) if (!this.taken.has(`${base}-${n}`)) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}

/** Inserts new places in one round trip; a slug taken meanwhile by another writer is retried one by one. */
export async function createPlaces(
  target: WriteTarget,
  records: LocatedRecord[],
  slugs: SlugAllocator,
): Promise<Types.ObjectId[]> {
  const docs = [];
  for (const located of records) {
    const merged = mergeRecord(null, located.fields, mergeInput(target));
    docs.push({
      ...expand(merged.set),
      slug: await slugs.allocate(located.fields.name, located.fields['address.commune']),
      status: 'PUBLISHED' as const,
      provenance: merged.provenance,
      overrides: [],
      sources: [sourceEntry(target, located, target.now)],
      version: 1,
    });
  }
  if (docs.length === 0) return [];
  let inserted: { _id: Types.ObjectId; toObject(): unknown }[] = [];
  try {
    inserted = (await PlaceModel.insertMany(docs, { ordered: false })) as typeof inserted;
  } catch (error) {
    const partial = (error as { insertedDocs?: typeof inserted }).insertedDocs ?? [];
    inserted = [...partial];
    const done = new Set(partial.map((d) => String((d as unknown as { slug: string }).slug)));
    for (const doc of docs.filter((d) => !done.has(d.slug))) {
      doc.slug = `${doc.slug}-${target.now.getTime().toString(36)}`;
      inserted.push((await PlaceModel.create(doc)) as unknown as (typeof inserted)[number]);
    }
  }
  for (const doc of inserted) target.onWritten?.(doc.toObject());
  for (const doc of inserted)
    await recordImportWrite(target, null, doc.toObject() as Parameters<typeof recordImportWrite>[2]);
  return inserted.map((d) => d._id);
}

/** "address.street" paths → nested objects, for documents built from scratch. */
function expand(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, Record<string, unknown> | unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail) out[head] = { ...((out[head] as Record<string, unknown>) ?? {}), [tail]: value };
    else out[head] = value;
  }
  return out;
}

export type UpdateOutcome = 'updated' | 'unchanged' | 'missing';

/**
 * Merges a record into a stored place (its own, or the place it was matched to) with optimistic
 * concurrency: the write only lands on the version it was computed from, else it is recomputed.
 * `reopen` publishes a place that the import itself had closed.
 */
export async function mergeIntoPlace(
  target: WriteTarget,
  placeId: Types.ObjectId | string,
  located: LocatedRecord,
): Promise<UpdateOutcome> {
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt += 1) {
    const place = (await PlaceModel.findById(placeId).lean()) as LeanPlace | null;
    if (!place) return 'missing';
    const merged = mergeRecord(place, located.fields, mergeInput(target));
    const sources = [...place.sources];
    const index = sources.findIndex(
      (s) => String(s.sourceId) === String(target.sourceId) && s.externalId === located.record.externalId,
    );
    const entry = sourceEntry(target, located, index >= 0 ? sources[index]!.firstSeenAt : target.now);
    if (index >= 0) sources[index] = entry;
    else sources.push(entry);
    const set: Record<string, unknown> = { ...merged.set, provenance: merged.provenance, sources };
    const statusKey = provenanceKey('status');
    if (
      place.status === 'CLOSED' &&
      merged.provenance[statusKey] === 'import' &&
      !(place.overrides ?? []).includes('status')
    ) {
      set.status = 'PUBLISHED';
      const provenance = { ...merged.provenance };
      delete provenance[statusKey];
      set.provenance = provenance;
    }
    const doc = await PlaceModel.findOneAndUpdate(
      { _id: place._id, version: place.version ?? 1 },
      { $set: set, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (doc) {
      target.onWritten?.(doc);
      await recordImportWrite(target, place, doc);
      return 'updated';
    }
  }
  throw new Error(`place ${String(placeId)} kept changing while importing; try again`);
}

/**
 * The source no longer lists this place: drop its entry, and close the place (never delete) when no
 * other source lists it. Staff-closed or archived places are left alone.
 */
export async function retireFromSource(
  target: WriteTarget,
  placeId: Types.ObjectId,
): Promise<'closed' | 'detached' | 'unchanged'> {
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt += 1) {
    const place = (await PlaceModel.findById(placeId).lean()) as LeanPlace | null;
    if (!place || place.status === 'CLOSED' || place.status === 'ARCHIVED') return 'unchanged';
    const others = place.sources.filter((s) => String(s.sourceId) !== String(target.sourceId));
    const set: Record<string, unknown> = {};
    let outcome: 'closed' | 'detached';
    if (others.length > 0) {
      set.sources = others;
      outcome = 'detached';
    } else if ((place.overrides ?? []).includes('status')) {
      return 'unchanged';
    } else {
      set.status = 'CLOSED';
      set.provenance = { ...(place.provenance ?? {}), [provenanceKey('status')]: 'import' };
      outcome = 'closed';
    }
    const doc = await PlaceModel.findOneAndUpdate(
      { _id: place._id, version: place.version ?? 1 },
      { $set: set, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (doc) {
      target.onWritten?.(doc);
      await recordImportWrite(target, place, doc);
      return outcome;
    }
  }
  throw new Error(`place ${String(placeId)} kept changing while closing it; try again`);
}
