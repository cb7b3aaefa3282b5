import type { Types } from 'mongoose';
import { PlaceModel } from '../places/place.model';
import { provenanceKey } from './merge';
import { MatchReviewModel, type ReviewStatus } from './match-review.model';
import { PlaceMatcher } from './matching/place-matcher';
import { SourceModel } from './source.model';

/** What a run knows of one record of its source already stored. */
export interface KnownRecord {
  placeId: Types.ObjectId;
  hash: string | null;
  /** Closed because it vanished from its sources: a comeback reopens it. */
  closedByImport: boolean;
  /** Closed or archived by staff: the import leaves its status alone. */
  retired: boolean;
  /** Line where this run saw it (0: not yet). */
  seenAt: number;
  /** This run read a valid record for it, found unchanged or written (place-sightings.ts). */
  confirmed: 'unchanged' | 'written' | null;
  /** Stored: the last complete run before this one did not list it. */
  missed: boolean;
}

/**
 * State loaded once per run: the source's stored records by external id (hash, place), the match
 * candidates (other sources' places), remembered review decisions and source priorities. It grows with
 * the number of places, not with the file's size.
 */
export interface ImportState {
  known: Map<string, KnownRecord>;
  matcher: PlaceMatcher;
  decisions: Map<string, { placeId: string; status: ReviewStatus }[]>;
  priorities: Map<string, number>;
}

export async function loadImportState(sourceId: Types.ObjectId): Promise<ImportState> {
  const known = new Map<string, KnownRecord>();
  const candidates = [];
  const cursor = PlaceModel.find(
    { status: { $ne: 'ARCHIVED' } },
    { name: 1, location: 1, siret: 1, contact: 1, status: 1, sources: 1, provenance: 1 },
  )
    .lean()
    .cursor();
  for await (const place of cursor) {
    const mine = place.sources.filter((s) => String(s.sourceId) === String(sourceId));
    for (const entry of mine) {
      if (!entry.externalId) continue;
      const closedByImport =
        place.status === 'CLOSED' &&
        (place.provenance as Record<string, string> | null)?.[provenanceKey('status')] === 'import';
      known.set(entry.externalId, {
        placeId: place._id,
        hash: entry.hash ?? null,
        closedByImport,
        retired: place.status !== 'PUBLISHED' && place.status !== 'DRAFT' && !closedByImport,
        seenAt: 0,
        confirmed: null,
        missed: entry.missed ?? false,
      });
    }
    if (mine.length > 0 || place.status !== 'PUBLISHED') continue;
    const [lng, lat] = place.location?.coordinates ?? [];
    if (typeof lat !== 'number' || typeof lng !== 'number') continue;
    candidates.push({
      id: String(place._id),
      name: place.name,
      lat,
      lng,
      siret: place.siret ?? null,
      phone: place.contact?.phone ?? null,
      website: place.contact?.website ?? null,
    });
  }
  const decisions = new Map<string, { placeId: string; status: ReviewStatus }[]>();
  for (const review of await MatchReviewModel.find({ sourceId }, { externalId: 1, placeId: 1, status: 1 }).lean()) {
    const list = decisions.get(review.externalId) ?? [];
    list.push({ placeId: String(review.placeId), status: review.status as ReviewStatus });
    decisions.set(review.externalId, list);
  }
  const priorities = new Map(
    (await SourceModel.find({}, { priority: 1 }).lean()).map((s) => [String(s._id), s.priority ?? 50]),
  );
  return { known, matcher: new PlaceMatcher(candidates), decisions, priorities };
}
