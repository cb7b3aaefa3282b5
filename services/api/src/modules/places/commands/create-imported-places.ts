import { Types, type mongo } from 'mongoose';
import { recordImportedCreates } from '../../audit';
import { recordPlaceWrites } from '../../changes';
import type { Actor } from '../../../shared/viewer';
import { plainDocuments } from '../../../shared/plain-documents';
import { PlaceModel } from '../place.model';
import type { SlugAllocator } from '../slug';
import type { PlaceWriteDeps, StoredPlace } from './write-place';
import { markSourceRecords } from '../source-record-marks';

/** A place an import creates: its fields, provenance and source entry, as the federation merge built them. */
export interface ImportedPlace {
  doc: Record<string, unknown>;
  name: string;
  commune: string | null;
}

let storedForm: ((doc: Record<string, unknown>) => StoredPlace) | null = null;

/**
 * A new place as it will be stored: defaults, trim and validation of the place schema, without a
 * mongoose Document per place (shared/plain-documents.ts); an invalid place stops the batch before
 * anything is written.
 */
const toStored = (doc: Record<string, unknown>) => (storedForm ??= plainDocuments<StoredPlace>(PlaceModel.schema))(doc);

/**
 * Inserts the new places of an import in one round trip, then their CREATE events (short ones: who and
 * which version, see below) in a second and their change-feed entries in a third. They
 * belong to the source's organisation and record the source as their creator (the only source that may
 * close them, place.policy.ts). Each place is shaped and validated by the place schema first, in this
 * process (the driver's insertMany then sends them as they are). A slug taken meanwhile by another writer is
 * retried one by one. Returns the ids in the order given.
 */
export async function createImportedPlaces(
  creator: { sourceId: Types.ObjectId; organizationId: Types.ObjectId | null; actor: Actor },
  places: ImportedPlace[],
  slugs: SlugAllocator,
  deps: PlaceWriteDeps,
): Promise<Types.ObjectId[]> {
  if (places.length === 0) return [];
  const now = new Date();
  const docs: StoredPlace[] = [];
  for (const place of places) {
    docs.push(
      toStored({
        ...place.doc,
        _id: new Types.ObjectId(),
        slug: await slugs.allocate(place.name, place.commune),
        status: 'PUBLISHED' as const,
        overrides: [],
        organizationId: creator.organizationId,
        createdBySourceId: creator.sourceId,
        version: 1,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }
  // Before the insert: a run stopped in between leaves a mark, and its next run reads these places again.
  await markSourceRecords(
    [String(creator.sourceId)],
    docs.map((d) => d._id),
    deps.importRunId,
  );
  try {
    await PlaceModel.collection.insertMany(docs, { ordered: false });
  } catch (error) {
    const failed = (error as Partial<mongo.MongoBulkWriteError>).writeErrors;
    if (!failed) throw error;
    for (const { index } of Array.isArray(failed) ? failed : [failed]) {
      const doc = docs[index]!;
      doc.slug = `${doc.slug}-${Date.now().toString(36)}`;
      await PlaceModel.collection.insertOne(doc);
    }
  }
  for (const place of docs) deps.apply?.(place);
  // After the places, as writePlace does; an audit failure never undoes them. The CREATE event does not
  // copy the created values: they are the place's first version (version 1), which the history finds back
  // from the place and its later events (created-values.ts). Copied, they made the events about as large
  // as the places, and FerretDB's cost grows with every field it stores.
  await recordImportedCreates(
    docs.map((place) => place._id),
    creator.actor,
    now,
    deps.logger ?? undefined,
  ).catch(() => undefined);
  // The partners' change feed (modules/changes), after the places: a change never announces a place
  // partners cannot read yet. Not at the same time as the events: two inserts at once into one FerretDB
  // (SQLite) database take longer than one after the other.
  await recordPlaceWrites(
    docs.map((place) => ({ before: null, after: place, fields: [] })),
    deps.logger,
  ).catch(() => undefined);
  return docs.map((d) => d._id);
}
