import { lastSeenAtOf } from './last-seen';
import type { CONFIRMER_TYPES } from './place.model';

/*
 * When was a place last confirmed, and by whom? The latest of: a source still listing it (its entries'
 * lastSeenAtOf, so runs need not write every place they only confirm), a structure's "still accurate"
 * or a staff edit (stored confirmedAt / confirmedBy). Places stored before confirmations were recorded
 * and listed by no source fall back to their last write (updatedAt), counted as a staff one.
 */

export type ConfirmerType = (typeof CONFIRMER_TYPES)[number];
export interface Confirmation {
  at: Date;
  by: { type: ConfirmerType; name: string | null };
}
export type FreshnessStatus = 'FRESH' | 'TO_VERIFY';

/** A place unconfirmed for this many months is shown "à vérifier" (issue 18). */
export const FRESH_FOR_MONTHS = 12;

/** What the computation reads of a place (stored or public form). */
export interface ConfirmablePlace {
  status: string;
  updatedAt: Date;
  confirmedAt?: Date | null;
  confirmedBy?: { type: string; name?: string | null } | null;
  sources: {
    name: string;
    lastSeenAt?: Date | null;
    missed?: boolean | null;
    sourceId?: { toString(): string } | null;
  }[];
}

/** The place's latest confirmation; `sourceConfirmedAt` gives each source's last complete run. */
export function lastConfirmation(
  place: ConfirmablePlace,
  sourceConfirmedAt: (sourceId: string) => Date | null | undefined,
): Confirmation {
  let latest: Confirmation | null = null;
  if (place.confirmedAt && place.confirmedBy)
    latest = {
      at: place.confirmedAt,
      by: { type: place.confirmedBy.type as ConfirmerType, name: place.confirmedBy.name ?? null },
    };
  for (const entry of place.sources) {
    const confirmedAt = entry.sourceId ? sourceConfirmedAt(entry.sourceId.toString()) : null;
    const seen = lastSeenAtOf(entry, place.status, confirmedAt);
    if (seen && (!latest || seen > latest.at)) latest = { at: seen, by: { type: 'SOURCE', name: entry.name } };
  }
  return latest ?? { at: place.updatedAt, by: { type: 'STAFF', name: null } };
}

/** The instant before which a confirmation is too old: FRESH_FOR_MONTHS calendar months before `now`. */
export function freshnessCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - FRESH_FOR_MONTHS);
  return cutoff;
}

export function freshnessStatus(confirmation: Confirmation, now: Date): FreshnessStatus {
  return confirmation.at < freshnessCutoff(now) ? 'TO_VERIFY' : 'FRESH';
}
