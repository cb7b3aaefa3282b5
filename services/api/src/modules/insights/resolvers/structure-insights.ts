import { isValidObjectId } from 'mongoose';
import { badInput } from '../../../shared/errors';
import { type Viewer, forbidden, requireStaff } from '../../../shared/viewer';
import { selectPlaces } from '../../places';
import { communeLookup } from '../commune-lookup';
import type { DayRange } from '../insights-queries';

/** Searches from communes this close to one of a structure's places count as sought nearby. */
export const NEARBY_KM = 15;
const MAX_PLACES = 5000;

/** What one `structureInsights` answer covers: an organisation's places and the communes near them. */
export interface StructureScope {
  organizationId: string;
  range: DayRange;
  placeIds: string[];
  /** Sub-categories its places take (any action). */
  offered: Set<string>;
  /** Communes (INSEE) with a town within NEARBY_KM of one of its located places. */
  nearby: Set<string>;
}

/** STRUCTURE and EDITOR: their own organisation only; ADMIN and MODERATOR: any, named. */
export function structureOf(viewer: Viewer, organizationId: string | null): string {
  const staff = requireStaff(viewer);
  if (staff.role === 'ADMIN' || staff.role === 'MODERATOR') {
    if (!organizationId) throw badInput('organizationId: which structure?', 'organizationId');
    if (!isValidObjectId(organizationId))
      throw badInput(`"${organizationId}" is not an organisation id.`, 'organizationId');
    return organizationId;
  }
  if (!staff.organizationId) throw forbidden('OTHER_ORGANIZATION', 'This account belongs to no organisation.');
  if (organizationId && organizationId !== staff.organizationId)
    throw forbidden('OTHER_ORGANIZATION', 'These figures belong to another organisation.');
  return staff.organizationId;
}

export async function structureScope(organizationId: string, range: DayRange): Promise<StructureScope> {
  const places = (await selectPlaces({ organizationId }, {}, MAX_PLACES)).slice(0, MAX_PLACES);
  const offered = new Set(places.flatMap((p) => (p.offers ?? []).flatMap((o) => o.subcategories ?? [])));
  const points = places.flatMap((p) => {
    const c = p.location?.coordinates;
    return p.status === 'PUBLISHED' && c?.length === 2 ? [{ lng: c[0]!, lat: c[1]! }] : [];
  });
  return {
    organizationId,
    range,
    placeIds: places.map((p) => String(p._id)),
    offered,
    nearby: communeLookup().communesNear(points, NEARBY_KM),
  };
}
