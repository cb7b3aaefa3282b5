import { isValidObjectId } from 'mongoose';
import { AppError, ErrorCode, badInput } from '../../../shared/errors';
import { type Viewer, forbidden, requireStaff } from '../../../shared/viewer';
import { placePolicy, selectPlaces } from '../../places';
import type { DayRange } from '../insights-queries';

/** What one `insights` answer may show: the days, and either the whole territory or some places only. */
export interface InsightsScope {
  range: DayRange;
  territory: boolean;
  /** null: every place (territory viewers without organizationId). */
  placeIds: string[] | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;
const MAX_PLACES = 5000;

export function validateRange(from: string, to: string): DayRange {
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      throw badInput(`${field} must be a day, YYYY-MM-DD.`, field);
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days < 0) throw badInput('from must not be after to.', 'from');
  if (days >= MAX_DAYS) throw badInput(`At most ${MAX_DAYS} days at once.`, 'to');
  return { from, to };
}

/** ADMIN and MODERATOR see the territory; EDITOR and STRUCTURE their organisation's places only. */
export async function insightsScope(
  viewer: Viewer,
  range: DayRange,
  organizationId: string | null,
): Promise<InsightsScope> {
  const staff = requireStaff(viewer);
  if (organizationId && !isValidObjectId(organizationId))
    throw badInput(`"${organizationId.slice(0, 40)}" is not an organisation id.`, 'organizationId');
  const territory = staff.role === 'ADMIN' || staff.role === 'MODERATOR';
  if (organizationId && !territory && organizationId !== staff.organizationId)
    throw forbidden('OTHER_ORGANIZATION', 'These figures belong to another organisation.');
  if (territory && !organizationId) return { range, territory, placeIds: null };
  const scope = territory ? { organizationId } : placePolicy.scope(viewer);
  if (!territory && !staff.organizationId) return { range, territory, placeIds: [] };
  const places = await selectPlaces(scope, {}, MAX_PLACES);
  return { range, territory, placeIds: places.slice(0, MAX_PLACES).map((p) => String(p._id)) };
}

export function requireTerritory(scope: InsightsScope): void {
  if (!scope.territory)
    throw forbidden('ROLE_NOT_ALLOWED', 'Territory-wide figures are for the syndicate (ADMIN, MODERATOR).');
}

export const tooMany = (first: number) =>
  !Number.isInteger(first) || first < 1 || first > 200
    ? new AppError(ErrorCode.BAD_USER_INPUT, 'first must be between 1 and 200.', { field: 'first' })
    : null;
