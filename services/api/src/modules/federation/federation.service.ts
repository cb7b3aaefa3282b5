import { Types } from 'mongoose';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import type { Actor, Viewer } from '../../shared/viewer';
import type { DirectoryService } from '../places';
import { sourceCredentials, type FederationConfig } from './federation-config';
import { Geocoder } from './normalise/geocoder';
import { ImportRunModel } from './runs/import-run.model';
import { MatchReviewModel } from './matching/match-review.model';
import { reviewMatch } from './matching/review-match';
import { runImport, type ImportSummary } from './runs/run-import';
import { decidePendingClosure, getPendingClosure, listPendingClosures } from './runs/pending-closures';
import { ImportScheduler } from './sources/scheduler';
import { parseSourceInput, urlNotAllowedMessage } from './sources/source-input';
import { setSourceOptions, sourceChanges } from './sources/source-options';
import { newLockOwner } from './runs/source-lock';
import { SourceModel } from '../places';
import { URL_NOT_ALLOWED, urlRefusal } from './sources/url-policy';

const objectId = (id: string, what: string) => {
  if (!Types.ObjectId.isValid(id)) throw badInput(`"${id}" is not ${what} id.`, 'id');
  return new Types.ObjectId(id);
};
const clampFirst = (first: number | null | undefined, max: number) => Math.min(Math.max(first ?? 20, 1), max);

/** Sources, their import runs and the review queue, for staff; imports started here update the index at once. */
export class FederationService {
  private readonly geocoder: Geocoder | null;
  private readonly running = new Set<Promise<unknown>>();
  readonly scheduler: ImportScheduler;

  constructor(private readonly deps: { config: FederationConfig; logger: Logger; directory: DirectoryService }) {
    const c = deps.config;
    this.geocoder = c.geocoderUrl
      ? new Geocoder({ baseUrl: c.geocoderUrl, concurrency: c.geocoderConcurrency, timeoutMs: c.geocoderTimeoutMs })
      : null;
    this.scheduler = new ImportScheduler({
      tickMs: c.schedulerTickMs,
      logger: deps.logger,
      run: (sourceId) => this.importNow(sourceId, 'SCHEDULE').then((r) => r.done),
    });
  }

  /** Sources matching `scope` (see sourcePolicy.scope): every source for an admin. */
  listSources(scope: Record<string, unknown> = {}) {
    return SourceModel.find(scope).sort({ name: 1 }).lean();
  }

  /** Ids of the sources in `scope`, or null for every source (an empty scope). */
  async sourceIdsIn(scope: Record<string, unknown>): Promise<Types.ObjectId[] | null> {
    if (Object.keys(scope).length === 0) return null;
    return (await SourceModel.find(scope, { _id: 1 }).lean()).map((s) => s._id);
  }

  getSource(id: string) {
    return SourceModel.findById(objectId(id, 'a source')).lean();
  }

  async createSource(input: Record<string, unknown>, organizationId: string | null = null) {
    const parsed = parseSourceInput(input, true, this.deps.config.urlPolicy);
    if (!parsed.ok) return { source: null, problems: parsed.problems };
    if (await SourceModel.exists({ name: parsed.set.name as string }))
      return { source: null, problems: [{ field: 'name', message: 'A source with this name exists.' }] };
    const source = await SourceModel.create({
      ...parsed.set,
      organizationId: organizationId ? new Types.ObjectId(organizationId) : null,
    });
    return { source: source.toObject(), problems: [] };
  }

  async updateSource(id: string, input: Record<string, unknown>) {
    const parsed = parseSourceInput(input, false, this.deps.config.urlPolicy);
    if (!parsed.ok) return { source: null, problems: parsed.problems };
    if (parsed.set.format)
      return {
        source: null,
        problems: [{ field: 'format', message: 'The format of a source cannot change; create another source.' }],
      };
    const source = await SourceModel.findOneAndUpdate(
      { _id: objectId(id, 'a source') },
      { $set: parsed.set },
      { returnDocument: 'after' },
    ).lean();
    if (!source) throw notFound(`No source ${id}.`);
    return { source, problems: [] };
  }

  /** Sets a source's options (ADMIN), a licence acceptance checked against the dataset (sources/source-options.ts). */
  updateSourceOptions(id: string, options: unknown, actor: Actor) {
    const c = this.deps.config;
    return setSourceOptions(objectId(id, 'a source').toString(), options, actor, {
      urlPolicy: c.urlPolicy,
      maxBytes: c.maxBytes,
      fetchTimeoutMs: c.fetchTimeoutMs,
    });
  }

  /** Who changed a source's options, latest first. */
  sourceChanges(id: string, first: number) {
    return sourceChanges(id, first);
  }

  /** Starts an import in the background; resolves with the run record as soon as it exists. */
  async importNow(
    sourceId: string | Types.ObjectId,
    trigger: 'API' | 'SCHEDULE',
    /** Another location than the source's URL (an uploaded file: `upload:<id>`). */
    location?: string,
  ): Promise<{ runId: Types.ObjectId; done: Promise<ImportSummary> }> {
    const id = typeof sourceId === 'string' ? objectId(sourceId, 'a source') : sourceId;
    const source = await SourceModel.findById(id).lean();
    if (!source) throw notFound(`No source ${String(sourceId)}.`);
    if (!location && !source.url)
      throw badInput(`Source "${source.name}" has no URL to import from; set one with updateSource.`, 'url');
    const c = this.deps.config;
    // A source saved before the policy (or under a looser one): staff get the reason at once. A scheduled
    // run goes on and fails before fetching anything, so the refusal shows in the source's runs.
    const refused = location || trigger !== 'API' ? null : urlRefusal(source.url!, c.urlPolicy);
    if (refused)
      throw new AppError(ErrorCode.BAD_USER_INPUT, urlNotAllowedMessage(refused), {
        field: 'url',
        reason: URL_NOT_ALLOWED,
      });
    let started: (runId: Types.ObjectId) => void = () => undefined;
    const runId = new Promise<Types.ObjectId>((resolve) => (started = resolve));
    const done = runImport({
      sourceId: id,
      location: location ?? null,
      trigger,
      owner: newLockOwner(),
      geocoder: this.geocoder,
      maxBytes: c.maxBytes,
      fetchTimeoutMs: c.fetchTimeoutMs,
      lockTtlMs: c.lockTtlMs,
      urlPolicy: c.urlPolicy,
      credentials: sourceCredentials(source.format, c),
      onWritten: (doc) => this.deps.directory.apply(doc as Parameters<DirectoryService['apply']>[0]),
      onStarted: started,
    });
    this.track(done);
    const first = await Promise.race([
      runId,
      done.then(
        () => null,
        (error: unknown) => error,
      ),
    ]);
    if (first instanceof Types.ObjectId) return { runId: first, done };
    if (first instanceof AppError) throw first;
    if (first instanceof Error) throw new AppError(ErrorCode.BAD_USER_INPUT, first.message);
    return { runId: await runId, done };
  }

  private track(promise: Promise<unknown>) {
    const tracked = promise
      .catch((error: unknown) => this.deps.logger.warn({ err: error }, 'import failed'))
      .finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  /** Resolves when every import started by this instance has ended (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  listRuns(
    sourceId: string | null | undefined,
    first: number | null | undefined,
    /** Only runs of these sources (null: every source). */
    within: Types.ObjectId[] | null = null,
  ) {
    const filter: Record<string, unknown> = sourceId
      ? { sourceId: objectId(sourceId, 'a source') }
      : within
        ? { sourceId: { $in: within } }
        : {};
    return ImportRunModel.find(filter).sort({ startedAt: -1 }).limit(clampFirst(first, 200)).lean();
  }

  getRun(id: string) {
    return ImportRunModel.findById(objectId(id, 'an import run')).lean();
  }

  listReviews(
    status: 'PENDING' | 'SAME_PLACE' | 'SEPARATE',
    first: number | null | undefined,
    within: Types.ObjectId[] | null = null,
  ) {
    return MatchReviewModel.find({ status: status as 'PENDING', ...(within ? { sourceId: { $in: within } } : {}) })
      .sort({ createdAt: 1 })
      .limit(clampFirst(first, 500))
      .lean();
  }

  getReview(id: string) {
    return MatchReviewModel.findById(objectId(id, 'a review')).lean();
  }

  listPendingClosures(status: Parameters<typeof listPendingClosures>[0], within: Types.ObjectId[] | null = null) {
    return listPendingClosures(status, within);
  }

  getPendingClosure(id: string) {
    return getPendingClosure(id);
  }

  /** Confirms (closes the places) or dismisses a closure set a run held (runs/pending-closures.ts). */
  decideClosure(id: string, decision: 'CONFIRM' | 'DISMISS', decidedBy: string, actor: Actor) {
    return decidePendingClosure({
      id,
      decision,
      decidedBy,
      actor,
      lockTtlMs: this.deps.config.lockTtlMs,
      onWritten: (doc) => this.deps.directory.apply(doc as Parameters<DirectoryService['apply']>[0]),
    });
  }

  decide(reviewId: string, decision: 'SAME_PLACE' | 'SEPARATE', decidedBy: string, viewer: Viewer) {
    return reviewMatch({
      reviewId,
      decision,
      decidedBy,
      viewer,
      lockTtlMs: this.deps.config.lockTtlMs,
      onWritten: (doc) => this.deps.directory.apply(doc as Parameters<DirectoryService['apply']>[0]),
    });
  }
}
