import type { Types } from 'mongoose';
import { recordLegacyCreators } from '../../places';
import { placesForImport } from '../../places';
import { placePolicy, type WritingSource } from '../../places';
import { provenanceKey } from '../../places';
import { MatchReviewModel, type ReviewStatus } from '../matching/match-review.model';
import { PlaceMatcher, type MatchCandidate } from '../matching/place-matcher';
import { SourceModel } from '../../places';

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
  /**
   * The source may not write this place (place.policy.ts): the record goes to the review queue, and
   * the run neither marks, detaches nor closes anything on that place.
   */
  refused?: string | null;
  /** How the source comes to write it: a record it lists, or a match staff accepted in the review queue. */
  via?: 'listed' | 'approved';
}

/**
 * State loaded once per run: the source's stored records by external id (hash, place), the match
 * candidates (other sources' places, whoever owns them: a match the source may not merge is queued for
 * review, never written), remembered review decisions and source priorities. It grows with the number
 * of places, not with the file's size.
 */
export interface ImportState {
  known: Map<string, KnownRecord>;
  matcher: PlaceMatcher;
  decisions: Map<string, { placeId: string; status: ReviewStatus }[]>;
  priorities: Map<string, number>;
}

export async function loadImportState(source: WritingSource): Promise<ImportState> {
  const decisions = new Map<string, { placeId: string; status: ReviewStatus }[]>();
  const reviews = await MatchReviewModel.find({ sourceId: source.id }, { externalId: 1, placeId: 1, status: 1 }).lean();
  for (const review of reviews) {
    const list = decisions.get(review.externalId) ?? [];
    list.push({ placeId: String(review.placeId), status: review.status as ReviewStatus });
    decisions.set(review.externalId, list);
  }
  const priorities = new Map(
    (await SourceModel.find({}, { priority: 1 }).lean()).map((s) => [String(s._id), s.priority ?? 50]),
  );
  // Places stored before their creator was recorded are seen in the one read of the places below (on
  // FerretDB every query is a scan of the collection): only then are creators recorded and the places
  // read again, instead of a second scan before every run.
  let read = await readPlaces(source, decisions, priorities);
  if (read.legacy) {
    await recordLegacyCreators();
    read = await readPlaces(source, decisions, priorities);
  }
  return { known: read.known, matcher: new PlaceMatcher(read.candidates), decisions, priorities };
}

async function readPlaces(
  source: WritingSource,
  decisions: ImportState['decisions'],
  priorities: ImportState['priorities'],
): Promise<{ known: Map<string, KnownRecord>; candidates: MatchCandidate[]; legacy: boolean }> {
  const known = new Map<string, KnownRecord>();
  const candidates: MatchCandidate[] = [];
  let legacy = false;
  for await (const place of placesForImport()) {
    if (place.createdBySourceId === undefined) legacy = true;
    const mine = place.sources.filter((s) => String(s.sourceId) === source.id);
    for (const entry of mine) {
      if (!entry.externalId) continue;
      const closedByImport =
        place.status === 'CLOSED' &&
        (place.provenance as Record<string, string> | null)?.[provenanceKey('status')] === 'import';
      const approved = decisions
        .get(entry.externalId)
        ?.some((d) => d.status === 'SAME_PLACE' && d.placeId === String(place._id));
      const access = placePolicy.sourceAccess(source, place, approved ? 'approved' : 'listed', priorities);
      known.set(entry.externalId, {
        placeId: place._id,
        hash: entry.hash ?? null,
        closedByImport,
        retired: place.status !== 'PUBLISHED' && place.status !== 'DRAFT' && !closedByImport,
        seenAt: 0,
        confirmed: null,
        missed: entry.missed ?? false,
        refused: access.allowed ? null : access.reason,
        via: approved ? 'approved' : 'listed',
      });
    }
    if (mine.length > 0 || place.status !== 'PUBLISHED') continue;
    const [lng, lat] = place.location?.coordinates ?? [];
    if (typeof lat !== 'number' || typeof lng !== 'number') continue;
    candidates.push({
      id: String(place._id),
      name: place.name,
      kind: place.kind ?? null,
      lat,
      lng,
      siret: place.siret ?? null,
      phone: place.contact?.phone ?? null,
      website: place.contact?.website ?? null,
    });
  }
  return { known, candidates, legacy };
}
