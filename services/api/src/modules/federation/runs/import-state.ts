import { Types } from 'mongoose';
import {
  SourceModel,
  findPlace,
  placePolicy,
  placesForImport,
  recordLegacyCreators,
  sourceRecordMarks,
  type WritingSource,
} from '../../places';
import { MatchReviewModel, type ReviewStatus } from '../matching/match-review.model';
import { PlaceMatcher, type Match, type MatchCandidate, type MatchQuery } from '../matching/place-matcher';
import { MAX_MARKED, SourceRecords, loadSourceRecords } from './source-records';

/** A place as placesForImport reads it. */
type ImportView = ReturnType<typeof placesForImport> extends AsyncGenerator<infer T> ? T : never;

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
 * State loaded once per run: the source's records by external id (hash, place; runs/source-records.ts),
 * the match candidates (other sources' places, whoever owns them: a match the source may not merge is
 * queued for review, never written; read only when a record needs matching), remembered review decisions
 * and source priorities. It grows with the number of places, not with the file's size.
 */
export interface ImportState {
  known: Map<string, KnownRecord>;
  matcher: LazyMatcher;
  decisions: Map<string, { placeId: string; status: ReviewStatus }[]>;
  priorities: Map<string, number>;
  /** The source's record table, kept up to date by the run's writes and saved at its end. */
  records: SourceRecords;
  /** The marks taken into account at load (dropped when the table is saved). */
  marksRead: Types.ObjectId[];
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
  const marks = await sourceRecordMarks(source.id);
  const saved = await loadSourceRecords(new Types.ObjectId(source.id));
  let records: SourceRecords;
  let candidates: MatchCandidate[] | null = null;
  if (saved && marks.placeIds.size <= MAX_MARKED) {
    // The saved table, with the places written since it was saved read again (by id: one row each).
    records = new SourceRecords(source.id, saved);
    for (const placeId of marks.placeIds) records.applyPlace(placeId, await findPlace(placeId));
  } else {
    // Places stored before their creator was recorded are seen in the one read of the places below (on
    // FerretDB every query is a scan of the collection): only then are creators recorded and the places
    // read again, instead of a second scan before every run.
    let read = await readPlaces(source.id);
    if (read.legacy) {
      await recordLegacyCreators();
      read = await readPlaces(source.id);
    }
    records = read.records;
    records.changed = true; // saved at the end of the run, so that the next one does not read every place
    candidates = read.candidates;
  }
  return {
    known: knownRecords(records, source, decisions, priorities),
    matcher: new LazyMatcher(source.id, candidates),
    decisions,
    priorities,
    records,
    marksRead: marks.ids,
  };
}

/** What the run knows of each record, from the table (places archived by staff are not known, as before). */
function knownRecords(
  records: SourceRecords,
  source: WritingSource,
  decisions: ImportState['decisions'],
  priorities: ImportState['priorities'],
): Map<string, KnownRecord> {
  const known = new Map<string, KnownRecord>();
  for (const record of records.values()) {
    if (record.status === 'ARCHIVED') continue;
    const approved = decisions
      .get(record.externalId)
      ?.some((d) => d.status === 'SAME_PLACE' && d.placeId === record.placeId);
    // A record the source lists, or a match staff accepted: the rule reads only the place's organisation.
    const access = placePolicy.sourceAccess(
      source,
      { organizationId: record.organizationId },
      approved ? 'approved' : 'listed',
      priorities,
    );
    known.set(record.externalId, {
      placeId: new Types.ObjectId(record.placeId),
      hash: record.hash,
      closedByImport: record.closedByImport,
      retired: record.status !== 'PUBLISHED' && record.status !== 'DRAFT' && !record.closedByImport,
      seenAt: 0,
      confirmed: null,
      missed: record.missed,
      refused: access.allowed ? null : access.reason,
      via: approved ? 'approved' : 'listed',
    });
  }
  return known;
}

const candidateOf = (place: ImportView): MatchCandidate | null => {
  const [lng, lat] = place.location?.coordinates ?? [];
  if (place.status !== 'PUBLISHED' || typeof lat !== 'number' || typeof lng !== 'number') return null;
  return {
    id: String(place._id),
    name: place.name,
    kind: place.kind ?? null,
    lat,
    lng,
    siret: place.siret ?? null,
    phone: place.contact?.phone ?? null,
    website: place.contact?.website ?? null,
  };
};

/** Every place once: the source's records, and the other places as match candidates. */
async function readPlaces(
  sourceId: string,
): Promise<{ records: SourceRecords; candidates: MatchCandidate[]; legacy: boolean }> {
  const records = new SourceRecords(sourceId);
  const candidates: MatchCandidate[] = [];
  let legacy = false;
  for await (const place of placesForImport()) {
    if (place.createdBySourceId === undefined) legacy = true;
    if (place.sources.some((s) => String(s.sourceId) === sourceId)) records.applyPlace(String(place._id), place);
    else {
      const candidate = candidateOf(place);
      if (candidate) candidates.push(candidate);
    }
  }
  return { records, candidates, legacy };
}

/**
 * The matcher, built from a read of every place the first time a record needs matching: a re-run whose
 * records are all known reads no place. Places the run adopted meanwhile list the source and are no
 * candidates; those it adopted before the read are excluded again.
 */
export class LazyMatcher {
  private matcher: PlaceMatcher | null;
  private readonly excluded = new Set<string>();

  constructor(
    private readonly sourceId: string,
    candidates: MatchCandidate[] | null,
  ) {
    this.matcher = candidates ? new PlaceMatcher(candidates) : null;
  }

  async find(query: MatchQuery, skip: ReadonlySet<string>): Promise<Match | null> {
    if (!this.matcher) {
      const candidates: MatchCandidate[] = [];
      for await (const place of placesForImport()) {
        if (place.sources.some((s) => String(s.sourceId) === this.sourceId)) continue;
        const candidate = candidateOf(place);
        if (candidate) candidates.push(candidate);
      }
      this.matcher = new PlaceMatcher(candidates);
      for (const id of this.excluded) this.matcher.exclude(id);
    }
    return this.matcher.find(query, skip);
  }

  exclude(placeId: string): void {
    this.excluded.add(placeId);
    this.matcher?.exclude(placeId);
  }
}
