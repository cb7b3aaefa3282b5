import { isValidObjectId } from 'mongoose';
import { badInput } from '../../shared/errors';
import { PLACE_KINDS, PLACE_STATUSES, PlaceModel } from './place.model';
import type { StoredPlace } from './commands/write-place';
import { freshnessCutoff, type Confirmation } from './freshness';
import { decodeCursor, encodeCursor, validatePageSize } from './place-query';

export interface StaffPlacesArgs {
  text?: string | null;
  statuses?: string[] | null;
  kinds?: string[] | null;
  organizationId?: string | null;
  first?: number | null;
  after?: string | null;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Back-office list: every status, within the viewer's scope (from placePolicy). Searches the database,
 * not the public index, which holds published places only. User text only ever becomes an escaped regex.
 */
export async function listStaffPlaces(scope: Record<string, unknown>, args: StaffPlacesArgs) {
  const limit = validatePageSize(args.first);
  const offset = decodeCursor(args.after);
  const filter: Record<string, unknown> = {};
  if (args.statuses?.length) {
    if (!args.statuses.every((s) => (PLACE_STATUSES as readonly string[]).includes(s)))
      throw badInput('Unknown status.', 'statuses');
    filter.status = { $in: args.statuses };
  }
  if (args.kinds?.length) {
    if (!args.kinds.every((k) => (PLACE_KINDS as readonly string[]).includes(k)))
      throw badInput('Unknown kind.', 'kinds');
    filter.kind = { $in: args.kinds };
  }
  if (args.organizationId != null) {
    if (!isValidObjectId(args.organizationId)) throw badInput('Not an organisation id.', 'organizationId');
    filter.organizationId = args.organizationId;
  }
  const text = args.text?.trim();
  if (text) {
    if (text.length > 100) throw badInput('Search text is limited to 100 characters.', 'text');
    const pattern = new RegExp(escapeRegex(text), 'i');
    filter.$or = [{ name: pattern }, { 'address.commune': pattern }, { slug: pattern }];
  }
  // The scope comes last so a filter can narrow it but never widen it.
  const query = { ...filter, ...scope };
  const [places, totalCount] = await Promise.all([
    PlaceModel.find(query).sort({ name: 1, _id: 1 }).skip(offset).limit(limit).lean(),
    PlaceModel.countDocuments(query),
  ]);
  const end = offset + places.length;
  return {
    nodes: places,
    totalCount,
    pageInfo: { hasNextPage: end < totalCount, endCursor: places.length > 0 ? encodeCursor(end) : null },
  };
}

/**
 * Published places in the viewer's scope not confirmed for FRESH_FOR_MONTHS, the oldest confirmation
 * first. Sources' sightings are not stored on the places (freshness.ts), so the places without a recent
 * confirmation by a person are read and their sources' dates computed here: a back-office list over the
 * territory's few thousand places, not a public search.
 */
export async function listPlacesToVerify(
  scope: Record<string, unknown>,
  args: { first?: number | null; after?: string | null },
  confirmationOf: (place: StoredPlace) => Confirmation,
  now: Date,
) {
  const limit = validatePageSize(args.first);
  const offset = decodeCursor(args.after);
  const cutoff = freshnessCutoff(now);
  // Only what the date needs (not descriptions, hours, offers…), then the page's places in full.
  const candidates = (await PlaceModel.find(
    { $or: [{ confirmedAt: null }, { confirmedAt: { $lt: cutoff } }], ...scope, status: 'PUBLISHED' },
    { name: 1, status: 1, updatedAt: 1, confirmedAt: 1, confirmedBy: 1, sources: 1 },
  ).lean()) as StoredPlace[];
  const stale = candidates
    .map((place) => ({ place, at: confirmationOf(place).at }))
    .filter(({ at }) => at < cutoff)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.place.name.localeCompare(b.place.name, 'fr'));
  const ids = stale.slice(offset, offset + limit).map(({ place }) => place._id);
  const full = new Map(
    ((await PlaceModel.find({ _id: { $in: ids } }).lean()) as StoredPlace[]).map((p) => [String(p._id), p]),
  );
  const nodes = ids.map((id) => full.get(String(id))).filter((p): p is StoredPlace => p !== undefined);
  const end = offset + nodes.length;
  return {
    nodes,
    totalCount: stale.length,
    pageInfo: { hasNextPage: end < stale.length, endCursor: nodes.length > 0 ? encodeCursor(end) : null },
  };
}
