import { ErrorReason, refusal } from '../../shared/errors';
import type { PartnerAccess } from './api-key-registry';

const key = (commune: string) =>
  commune
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, ' ')
    .trim();

/**
 * Applies a key's territory to a listing filter: without `communes` the filter gets the territory;
 * with `communes`, each must belong to it (same form: name or INSEE code), else FORBIDDEN.
 */
export function withTerritory<F extends { communes?: string[] | null }>(
  filter: F | null | undefined,
  partner: PartnerAccess | null,
): F | null | undefined {
  if (!partner || partner.territory.length === 0) return filter;
  const allowed = new Set(partner.territory.map(key));
  const asked = filter?.communes;
  if (asked && asked.length > 0) {
    const outside = asked.filter((commune) => !allowed.has(key(commune)));
    if (outside.length > 0) {
      throw refusal(
        ErrorReason.OUTSIDE_TERRITORY,
        `This API key is restricted to ${partner.territory.join(', ')}; ${outside.join(', ')} is outside it.`,
        { field: 'filter.communes' },
      );
    }
    return filter;
  }
  return { ...(filter ?? {}), communes: [...partner.territory] } as F;
}
