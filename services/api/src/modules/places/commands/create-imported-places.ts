import { Types } from 'mongoose';
import { recordPlaceChange } from '../../audit';
import { recordPlaceWrites } from '../../changes';
import type { Actor } from '../../../shared/viewer';
import { PlaceModel } from '../place.model';
import type { SlugAllocator } from '../slug';
import { changedFields, type PlaceWriteDeps, type StoredPlace } from './write-place';

/** A place an import creates: its fields, provenance and source entry, as the federation merge built them. */
export interface ImportedPlace {
  doc: Record<string, unknown>;
  name: string;
  commune: string | null;
}

/**
 * Inserts the new places of an import in one round trip. They belong to the source's organisation and
 * record the source as their creator (the only source that may close them, place.policy.ts). A slug
 * taken meanwhile by another writer is retried one by one. Returns the ids in the order given.
 */
export async function createImportedPlaces(
  creator: { sourceId: Types.ObjectId; organizationId: Types.ObjectId | null; actor: Actor },
  places: ImportedPlace[],
  slugs: SlugAllocator,
  deps: PlaceWriteDeps,
): Promise<Types.ObjectId[]> {
  if (places.length === 0) return [];
  const docs = [];
  for (const place of places) {
    docs.push({
      ...place.doc,
      _id: new Types.ObjectId(),
      slug: await slugs.allocate(place.name, place.commune),
      status: 'PUBLISHED' as const,
      overrides: [],
      organizationId: creator.organizationId,
      createdBySourceId: creator.sourceId,
      version: 1,
    });
  }
  let inserted: { toObject(): unknown }[];
  try {
    inserted = await PlaceModel.insertMany(docs, { ordered: false });
  } catch (error) {
    inserted = [...((error as { insertedDocs?: typeof inserted }).insertedDocs ?? [])];
    const done = new Set(inserted.map((d) => String((d.toObject() as { _id: unknown })._id)));
    for (const doc of docs.filter((d) => !done.has(String(d._id)))) {
      doc.slug = `${doc.slug}-${Date.now().toString(36)}`;
      inserted.push(await PlaceModel.create(doc));
    }
  }
  for (const doc of inserted) {
    const place = doc.toObject() as StoredPlace;
    deps.apply?.(place);
    await recordPlaceChange(
      { placeId: place._id, action: 'CREATE', actor: creator.actor, changes: changedFields(null, place), version: 1 },
      deps.logger ?? undefined,
    ).catch(() => undefined);
  }
  // The partners' change feed (modules/changes), after the places: a change never announces a place
  // partners cannot read yet.
  await recordPlaceWrites(
    inserted.map((doc) => ({ before: null, after: doc.toObject() as StoredPlace, fields: [] })),
    deps.logger,
  ).catch(() => undefined);
  return docs.map((d) => d._id);
}
