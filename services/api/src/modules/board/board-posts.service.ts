import { Types } from 'mongoose';
import { OrganizationModel } from '../organizations';
import { findPlace, selectPlaces } from '../places';
import { ErrorCode, AppError, badInput, notFound } from '../../shared/errors';
import { actorOf, type Viewer } from '../../shared/viewer';
import type { BoardFilter } from '../../generated/graphql';
import { boardPolicy } from './board.policy';
import { BoardPhotoModel } from './board-photo.model';
import { BoardPostModel, type BoardPostRecord } from './board-post.model';
import { type CheckedPost, postRefused } from './post-input';

const MAX_PAGE = 100;

/** The position of a commune: the mean of its listed places (null when none is listed there). */
async function communePosition(commune: string): Promise<{ name: string; coordinates: number[] | undefined }> {
  const places = await selectPlaces({}, { communes: [commune] }, 200);
  if (!places.length) return { name: commune, coordinates: undefined };
  const lng = places.reduce((sum, p) => sum + p.location!.coordinates[0]!, 0) / places.length;
  const lat = places.reduce((sum, p) => sum + p.location!.coordinates[1]!, 0) / places.length;
  return { name: /^\d/.test(commune) ? (places[0]!.address?.commune ?? commune) : commune, coordinates: [lng, lat] };
}

/** Where to pick up: one of the organisation's places (published or draft), or a commune. */
async function resolvePickup(organizationId: string, post: CheckedPost) {
  if (post.pickupPlaceId) {
    const place = await findPlace(post.pickupPlaceId, ['PUBLISHED', 'DRAFT']);
    if (!place || place.organizationId?.toString() !== organizationId)
      throw postRefused('PICKUP_NOT_OWN_PLACE', 'pickupPlaceId', 'Choose one of your organisation’s places.');
    return {
      placeId: place._id,
      placeName: place.name,
      commune: place.address?.commune ?? '',
      coordinates: place.location?.coordinates,
    };
  }
  const { name, coordinates } = await communePosition(post.pickupCommune!);
  return { placeId: null, placeName: null, commune: name, coordinates };
}

/** The photos must be this organisation's, not attached to another post. */
async function checkPhotos(organizationId: string, postId: Types.ObjectId, photoIds: string[]) {
  if (!photoIds.length) return;
  const found = await BoardPhotoModel.countDocuments({
    _id: { $in: photoIds },
    organizationId,
    postId: { $in: [null, postId] },
  });
  if (found !== photoIds.length)
    throw postRefused('UNKNOWN_PHOTO', 'photoIds', 'A photo is unknown, or belongs to another post or structure.');
}

async function organizationOf(organizationId: string) {
  const org = Types.ObjectId.isValid(organizationId)
    ? await OrganizationModel.findById(organizationId).select('name profile.email profile.phone').lean()
    : null;
  if (!org) throw badInput('No such organisation.', 'organizationId');
  return org;
}

/** The stored fields of a checked post (everything but identity and status). */
async function contentOf(organizationId: string, postId: Types.ObjectId, post: CheckedPost) {
  const org = await organizationOf(organizationId);
  const pickup = await resolvePickup(organizationId, post);
  await checkPhotos(organizationId, postId, post.photoIds);
  return {
    organizationName: org.name,
    kind: post.kind,
    type: post.type,
    title: post.title,
    description: post.description,
    subCategory: post.subCategory,
    category: post.category,
    competence: post.competence,
    quantity: post.quantity,
    unit: post.unit,
    availability: post.availability,
    pickup,
    photoIds: post.photoIds.map((id) => new Types.ObjectId(id)),
    contactEmail: post.contactEmail ?? org.profile?.email ?? null,
    contactPhone: post.contactPhone ?? org.profile?.phone ?? null,
    publicContact: post.publicContact,
    expiresAt: post.expiresAt,
  };
}

async function attachPhotos(postId: Types.ObjectId, photoIds: string[]) {
  // Photos dropped from the post are deleted; the ones kept or added are attached to it.
  await BoardPhotoModel.deleteMany({ postId, _id: { $nin: photoIds } });
  if (photoIds.length) await BoardPhotoModel.updateMany({ _id: { $in: photoIds } }, { $set: { postId } });
}

async function load(id: string): Promise<BoardPostRecord> {
  const post = Types.ObjectId.isValid(id) ? await BoardPostModel.findById(id).lean() : null;
  if (!post) throw notFound('No such post.');
  return post as BoardPostRecord;
}

/** Posts of the board: what each viewer may read (boardPolicy), and the writes of authors and moderators. */
export const boardPosts = {
  async create(organizationId: string, authorId: string | null, post: CheckedPost): Promise<BoardPostRecord> {
    const _id = new Types.ObjectId();
    const content = await contentOf(organizationId, _id, post);
    const saved = await BoardPostModel.create({ _id, organizationId, authorId, ...content, status: 'OPEN' });
    await attachPhotos(_id, post.photoIds);
    return saved.toObject() as BoardPostRecord;
  },

  async update(viewer: Viewer, id: string, post: CheckedPost): Promise<BoardPostRecord> {
    const stored = await load(id);
    boardPolicy.edit(viewer, stored);
    const content = await contentOf(stored.organizationId.toString(), stored._id, post);
    const saved = await BoardPostModel.findByIdAndUpdate(id, { $set: content }, { returnDocument: 'after' }).lean();
    await attachPhotos(stored._id, post.photoIds);
    return saved as BoardPostRecord;
  },

  async close(viewer: Viewer, id: string): Promise<BoardPostRecord> {
    const stored = await load(id);
    boardPolicy.edit(viewer, stored);
    if (stored.status === 'HIDDEN') return stored; // a moderator's decision stands
    return (await BoardPostModel.findByIdAndUpdate(
      id,
      { $set: { status: 'CLOSED' } },
      { returnDocument: 'after' },
    ).lean())!;
  },

  async moderate(viewer: Viewer, id: string, action: 'HIDE' | 'RESTORE', reason: string | null, now: Date) {
    const staff = boardPolicy.moderate(viewer);
    const stored = await load(id);
    const actor = actorOf(staff);
    const entry = { action, reason, at: now, userId: actor.userId ?? null, email: actor.email ?? null };
    const status = action === 'HIDE' ? 'HIDDEN' : 'OPEN';
    if (action === 'RESTORE' && stored.status !== 'HIDDEN')
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'This post is not hidden.', { field: 'id', problem: 'NOT_HIDDEN' });
    return (await BoardPostModel.findByIdAndUpdate(
      id,
      { $set: { status, hiddenReason: action === 'HIDE' ? reason : null }, $push: { moderation: entry } },
      { returnDocument: 'after' },
    ).lean())!;
  },

  /** A post as the viewer may read it: on the board, or off it for its structure and moderators. */
  async get(viewer: Viewer, id: string, now: Date): Promise<BoardPostRecord | null> {
    const post = Types.ObjectId.isValid(id) ? await BoardPostModel.findById(id).lean() : null;
    if (!post) return null;
    if (boardPolicy.readsOffBoard(viewer, post)) return post as BoardPostRecord;
    if (post.status !== 'OPEN' || post.expiresAt <= now) return null;
    if (post.kind === 'NEED' && !boardPolicy.readsNetwork(viewer)) return null;
    return post as BoardPostRecord;
  },

  async list(viewer: Viewer, filter: BoardFilter | null | undefined, first: number, now: Date) {
    if (first < 0 || first > MAX_PAGE) throw badInput(`first is between 0 and ${MAX_PAGE}.`, 'first');
    const query: Record<string, unknown> = {};
    if (filter?.mine) {
      if (viewer.kind !== 'user' || !viewer.organizationId)
        throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in with a structure account to see your posts.');
      query.organizationId = viewer.organizationId;
    } else if (filter?.status && filter.status !== 'OPEN') {
      boardPolicy.moderate(viewer);
      query.status = filter.status;
    } else {
      query.status = 'OPEN';
      query.expiresAt = { $gt: now };
    }
    if (!boardPolicy.readsNetwork(viewer)) query.kind = 'OFFER';
    else if (filter?.kind) query.kind = filter.kind;
    if (filter?.kind && filter.kind !== 'OFFER' && query.kind === 'OFFER') return { totalCount: 0, nodes: [] };
    if (filter?.type) query.type = filter.type;
    if (filter?.subCategory) query.subCategory = filter.subCategory;
    if (filter?.category) query.category = filter.category;
    if (filter?.organizationId) {
      if (!Types.ObjectId.isValid(filter.organizationId)) return { totalCount: 0, nodes: [] };
      if (filter.mine && viewer.kind === 'user' && filter.organizationId !== viewer.organizationId)
        return { totalCount: 0, nodes: [] };
      query.organizationId = filter.organizationId;
    }
    if (filter?.commune)
      query['pickup.commune'] = new RegExp(`^${filter.commune.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    const [totalCount, nodes] = await Promise.all([
      BoardPostModel.countDocuments(query),
      BoardPostModel.find(query).sort({ createdAt: -1, _id: -1 }).limit(first).lean(),
    ]);
    return { totalCount, nodes: nodes as BoardPostRecord[] };
  },
};
