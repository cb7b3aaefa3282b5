import type { Types } from 'mongoose';
import { haversineMeters } from '@reemploi/directory';
import { OrganizationModel } from '../organizations';
import { selectPlaces } from '../places';
import { BoardPostModel, type BoardPostRecord } from './board-post.model';
import { BoardSubscriptionModel } from './board-subscription.model';

type PostFields = Pick<BoardPostRecord, 'kind' | 'type' | 'subCategory' | 'category' | 'competence'>;

/** Same sub-category or category (materials), same competence (skills), or the same type of equipment/space/help. */
export function matches(offer: PostFields, need: PostFields): boolean {
  if (offer.subCategory && need.subCategory) return offer.category === need.category;
  if (offer.competence && need.competence) return offer.competence === need.competence;
  if (offer.subCategory || need.subCategory) return false;
  return offer.type === need.type && offer.type !== 'MATERIAL';
}

/** Great-circle distance in km between two [lng, lat] points. */
export const distanceKm = (a: readonly number[], b: readonly number[]): number =>
  haversineMeters({ lng: a[0]!, lat: a[1]! }, { lng: b[0]!, lat: b[1]! }) / 1000;

const communeKey = (commune: string) =>
  commune
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, ' ')
    .trim();

export interface Match {
  organizationId: Types.ObjectId;
  mode: 'IMMEDIATE' | 'DAILY';
  email: string;
}

/**
 * The subscribed structures a new offer concerns: one of their open needs matches it (`matches`) or their
 * profile offers its competence, and one of their places is within their radius of the pick-up point, or
 * their territory names the pick-up commune. Never the offer's own structure.
 */
export async function structuresToNotify(offer: BoardPostRecord, now: Date): Promise<Match[]> {
  if (offer.kind !== 'OFFER' || offer.status !== 'OPEN') return [];
  const subscriptions = await BoardSubscriptionModel.find({
    mode: { $in: ['IMMEDIATE', 'DAILY'] },
    _id: { $ne: offer.organizationId },
  }).lean();
  if (!subscriptions.length) return [];
  const ids = subscriptions.map((s) => s._id);
  const [needs, organizations, places] = await Promise.all([
    BoardPostModel.find({ organizationId: { $in: ids }, kind: 'NEED', status: 'OPEN', expiresAt: { $gt: now } })
      .select('organizationId kind type subCategory category competence')
      .lean(),
    OrganizationModel.find({ _id: { $in: ids } })
      .select('territory profile.competences')
      .lean(),
    selectPlaces({ organizationId: { $in: ids } }, {}, 5000),
  ]);
  const interested = new Set(needs.filter((need) => matches(offer, need)).map((n) => n.organizationId.toString()));
  const pickupCommune = communeKey(offer.pickup.commune);
  const nearBy = new Set<string>();
  for (const org of organizations) {
    const id = org._id.toString();
    if (offer.competence && org.profile?.competences?.some((c) => c.code === offer.competence)) interested.add(id);
    if (org.territory.some((c) => communeKey(c) === pickupCommune)) nearBy.add(id);
  }
  const radius = new Map(subscriptions.map((s) => [s._id.toString(), s.radiusKm]));
  const origin = offer.pickup.coordinates?.length === 2 ? offer.pickup.coordinates : null;
  if (origin)
    for (const place of places) {
      const id = place.organizationId?.toString();
      if (id && place.location && distanceKm(origin, place.location.coordinates) <= radius.get(id)!) nearBy.add(id);
    }
  return subscriptions
    .filter((s) => interested.has(s._id.toString()) && nearBy.has(s._id.toString()))
    .map((s) => ({ organizationId: s._id, mode: s.mode as Match['mode'], email: s.email }));
}
