import { Types, type mongo } from 'mongoose';
import { recordPlaceChanges } from '../../audit';
import { recordPlaceWrites } from '../../changes';
import type { Actor } from '../../../shared/viewer';
import { plainDocuments } from '../../../shared/plain-documents';
import { PlaceModel } from '../place.model';
import type { SlugAllocator } from '../slug';
import { changedFields, type PlaceWriteDeps, type StoredPlace } from './write-place';
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
 * Inserts the new places of an import in one round trip, and their CREATE events in a second. They
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
  // After the places, as writePlace does; an audit failure never undoes them.
  await recordPlaceChanges(
    docs.map((place) => ({
      placeId: place._id,
      action: 'CREATE' as const,
      actor: creator.actor,
      changes: changedFields(null, place),
      version: 1,
    })),
    deps.logger ?? undefined,
  ).catch(() => undefined);
  // The partners' change feed (modules/changes), after the places: a change never announces a place
  // partners cannot read yet.
  await recordPlaceWrites(
    docs.map((place) => ({ before: null, after: place, fields: [] })),
    deps.logger,
  ).catch(() => undefined);
  return docs.map((d) => d._id);
}
