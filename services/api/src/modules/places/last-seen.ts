/*
 * When did a source last list a place? A complete import run records it once, as its source's
 * `confirmedAt`, and marks only the entries whose state changes (federation's place-sightings.ts).
 */

/** The last time a source listed this entry: its own lastSeenAt, or its source's last complete run. */
export function lastSeenAtOf(
  entry: { lastSeenAt?: Date | null; missed?: boolean | null },
  placeStatus: string,
  sourceConfirmedAt: Date | null | undefined,
): Date | null {
  const own = entry.lastSeenAt ?? null;
  // Runs do not load archived places: their entries are neither checked nor marked.
  if (entry.missed || placeStatus === 'ARCHIVED' || !sourceConfirmedAt) return own;
  return own && own > sourceConfirmedAt ? own : sourceConfirmedAt;
}
