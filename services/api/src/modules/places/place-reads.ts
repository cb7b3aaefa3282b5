import { isValidObjectId, type Types } from 'mongoose';
import type { StoredPlace } from './commands/write-place';
import { PlaceModel, type PLACE_STATUSES } from './place.model';

/*
 * Reads of stored places for the other modules. The place model stays inside this module (an ESLint
 * rule says so): every write goes through commands/, every read from outside through here.
 */

/** Builds the places collection's indexes (platform start). */
export const initPlaces = () => PlaceModel.init();

/** A place by id, whatever its status (null when the id is not one or no such place). */
export async function findPlace(
  id: Types.ObjectId | string,
  statuses?: readonly (typeof PLACE_STATUSES)[number][],
): Promise<StoredPlace | null> {
  if (!isValidObjectId(id)) return null;
  const filter = statuses ? { _id: id, status: { $in: statuses } } : { _id: id };
  return (await PlaceModel.findOne(filter).lean()) as StoredPlace | null;
}

/** What an import needs of every place it may list or match: identity, ownership and its sources. */
export type ImportView = Pick<
  StoredPlace,
  | '_id'
  | 'name'
  | 'kind'
  | 'location'
  | 'siret'
  | 'contact'
  | 'status'
  | 'sources'
  | 'provenance'
  | 'overrides'
  | 'organizationId'
  | 'createdBySourceId'
>;

/** Every place not archived, one at a time (an import's state grows with the places, not the file). */
export async function* placesForImport(): AsyncGenerator<ImportView> {
  const cursor = PlaceModel.find(
    { status: { $ne: 'ARCHIVED' } },
    {
      name: 1,
      kind: 1,
      location: 1,
      siret: 1,
      contact: 1,
      status: 1,
      sources: 1,
      provenance: 1,
      overrides: 1,
      organizationId: 1,
      createdBySourceId: 1,
    },
  )
    .lean()
    .cursor();
  for await (const place of cursor) yield place as ImportView;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Places published or in draft of some kinds and/or communes (names, any case, or INSEE codes), within
 * `scope` (placePolicy.scope: the scope comes last, so the selection narrows it, never widens it).
 * At most `limit` + 1 are returned, so the caller can tell a selection is too large.
 */
export async function selectPlaces(
  scope: Record<string, unknown>,
  selection: { kinds?: readonly string[] | null; communes?: readonly string[] | null },
  limit: number,
): Promise<StoredPlace[]> {
  const filter: Record<string, unknown> = { status: { $in: ['PUBLISHED', 'DRAFT'] } };
  if (selection.kinds?.length) filter.kind = { $in: selection.kinds };
  if (selection.communes?.length)
    filter.$or = selection.communes.flatMap((commune) => [
      { 'address.inseeCode': commune },
      { 'address.commune': new RegExp(`^${escapeRegex(commune)}$`, 'i') },
    ]);
  return (await PlaceModel.find({ ...filter, ...scope })
    .sort({ _id: 1 })
    .limit(limit + 1)
    .lean()) as StoredPlace[];
}

/** A published place as the network of structures shows it on a profile and counts it in a structure's coverage. */
export interface OrganizationPlace {
  id: string;
  slug: string;
  name: string;
  organizationId: string;
  commune: string | null;
  lat: number;
  lng: number;
}

/** Published places of one organisation, or of every organisation when none is named, by name. */
export async function publishedPlacesOfOrganizations(organizationId?: string): Promise<OrganizationPlace[]> {
  if (organizationId !== undefined && !isValidObjectId(organizationId)) return [];
  const rows = await PlaceModel.find(
    { status: 'PUBLISHED', organizationId: organizationId ?? { $ne: null } },
    { slug: 1, name: 1, organizationId: 1, address: 1, location: 1 },
  )
    .sort({ name: 1, _id: 1 })
    .lean();
  return rows.flatMap((p) => {
    const [lng, lat] = p.location?.coordinates ?? [];
    if (lng === undefined || lat === undefined || !p.organizationId) return [];
    const commune = p.address?.commune ?? null;
    return [
      {
        id: p._id.toString(),
        slug: p.slug,
        name: p.name,
        organizationId: p.organizationId.toString(),
        commune,
        lat,
        lng,
      },
    ];
  });
}
