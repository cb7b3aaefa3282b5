import type { Types } from 'mongoose';
import { connectorFor } from '../connectors';
import type { Credentials } from '../connectors/http-get';
import { openInput } from '../connectors/input';
import type { AfterReadTask, ConnectorItem, DeferredItem } from '../connectors/types';
import { runAfterRead } from './after-read';
import type { Geocoder } from '../normalise/geocoder';
import { processBatch, type ImportCounts } from './import-batch';
import { MAX_STORED_PROBLEMS, type Rejection, type RowWarning } from '../normalise/import-problems';
import { ImportRunModel } from './import-run.model';
import { loadImportState } from './import-state';
import { parseMapping, sourceFilterSchema, type SourceFilter, type SourceMapping } from '../connectors/mapping';
import { recordSightings } from '../merge/place-sightings';
import { SlugAllocator } from '../../places';
import { closeVanished } from './close-vanished';
import { saveSourceRecords } from './source-records';
import { toWriteTarget } from '../merge/write-target';
import { NORMALISATION_VERSION } from '../merge/merge';
import { releaseSourceLock, renewSourceLock, requireSourceLock } from './source-lock';
import { SourceModel, type StoredPlace } from '../../places';
import type { UrlPolicy } from '../sources/url-policy';
import { metrics } from '../../../shared/observability/metrics';

export interface ImportSummary extends ImportCounts {
  runId: string;
  status: 'SUCCEEDED' | 'FAILED';
  errors: Rejection[];
  /** Values left out of imported rows, the first MAX_STORED_PROBLEMS of them (`warned` counts the rows). */
  warnings: RowWarning[];
  /** Why the whole run failed (unreadable file, unreachable URL), when it did. */
  error?: string;
  /** Places the run would have closed but held for staff (more than 5 % of the source's: close-vanished.ts). */
  closuresHeld: number;
}

export interface RunImportOptions {
  sourceId: Types.ObjectId;
  /** File path or http(s) URL; the source's own `url` when omitted. */
  location?: string | null;
  trigger: 'CLI' | 'API' | 'SCHEDULE';
  owner: string;
  geocoder: Geocoder | null;
  maxBytes: number;
  fetchTimeoutMs: number;
  lockTtlMs: number;
  /** Where URLs may point (REEMPLOI_IMPORT_ALLOWED_HOSTS); public hosts only when omitted. */
  urlPolicy?: UrlPolicy;
  /** A token and the one origin it may be sent to (data·inclusion's). */
  credentials?: Credentials | null;
  batchSize?: number;
  onWritten?: (doc: unknown) => void;
  /** Called about once a second and at the end with the run's progress. */
  onProgress?: (progress: { processed: number; fraction: number; counts: ImportCounts }) => void;
  /** Called once the run record exists (the API returns it at once while the import goes on). */
  onStarted?: (runId: Types.ObjectId) => void;
}

/**
 * What decides how this source's rows are read besides their text: a change of any of these, or of the
 * normalisation (NORMALISATION_VERSION), makes every row's digest another, so the next run reads each row whole.
 */
const rowDigestSalt = (source: { format: string; mapping?: unknown; options?: unknown; filter?: unknown }) =>
  JSON.stringify([
    NORMALISATION_VERSION,
    source.format,
    source.mapping ?? null,
    source.options ?? null,
    source.filter ?? null,
  ]);

const emptyCounts = (): ImportCounts => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  warned: 0,
  closed: 0,
  queuedForReview: 0,
});

/**
 * Imports one source: takes the source's lock, writes the run record first, streams the input through
 * its connector in batches, closes what vanished (only after a complete read), records the outcome.
 * Safe to run again after a crash at any point: every write is keyed by (source, external id).
 */
export async function runImport(options: RunImportOptions): Promise<ImportSummary> {
  const source = await SourceModel.findById(options.sourceId).lean();
  if (!source) throw new Error(`source ${String(options.sourceId)} does not exist`);
  const location = options.location ?? source.url;
  if (!location) throw new Error(`source "${source.name}" has no URL or file to import from`);
  const connector = connectorFor(source.format);
  const mapping: SourceMapping | null = source.mapping ? parseMapping(source.mapping) : null;
  const filter: SourceFilter | null = source.filter ? sourceFilterSchema.parse(source.filter) : null;

  await requireSourceLock(source._id, options.owner, options.lockTtlMs);
  const now = new Date();
  // Any run of this source still RUNNING belongs to a dead process: we hold the lock now.
  const interrupted = await ImportRunModel.updateMany(
    { sourceId: source._id, status: 'RUNNING' },
    { $set: { status: 'INTERRUPTED', finishedAt: now } },
  );
  if (interrupted.modifiedCount > 0)
    metrics.importRuns.inc({ source: source.name, status: 'INTERRUPTED' }, interrupted.modifiedCount);
  const run = await ImportRunModel.create({
    sourceId: source._id,
    sourceName: source.name,
    trigger: options.trigger,
    owner: options.owner,
    location,
    startedAt: now,
    heartbeatAt: now,
  });
  options.onStarted?.(run._id);

  const counts = emptyCounts();
  const rejections: Rejection[] = [];
  const warnings: RowWarning[] = [];
  let processed = 0;
  let fraction = 0;
  let lastBeat = 0;
  const beat = async (force = false) => {
    if (!force && Date.now() - lastBeat < 1000) return;
    lastBeat = Date.now();
    options.onProgress?.({ processed, fraction, counts });
    await renewSourceLock(source._id, options.owner, options.lockTtlMs);
    await ImportRunModel.updateOne(
      { _id: run._id },
      { $set: { processed, progress: fraction, heartbeatAt: new Date(), ...counts } },
    );
  };
  const timer = setInterval(() => void beat().catch(() => undefined), Math.max(1000, options.lockTtlMs / 3));
  timer.unref();

  try {
    const state = await loadImportState({
      id: String(source._id),
      organizationId: source.organizationId ? String(source.organizationId) : null,
      priority: source.priority ?? 50,
    });
    const target = toWriteTarget(source, state.priorities, {
      now,
      importRunId: String(run._id),
      // Every place the run writes keeps the source's record table true (source-records.ts).
      onWritten: (doc) => {
        const place = doc as StoredPlace;
        state.records.applyPlace(String(place._id), place);
        options.onWritten?.(doc);
      },
    });
    const ctx = {
      target,
      state,
      filter,
      geocoder: options.geocoder,
      slugs: new SlugAllocator(),
      counts,
      reject: (rejection: Rejection) => {
        counts.rejected += 1;
        rejections.push(rejection);
      },
      warn: (warning: RowWarning) => {
        if (warnings.length < MAX_STORED_PROBLEMS) warnings.push(warning);
      },
    };
    const input = openInput(location, {
      maxBytes: options.maxBytes,
      timeoutMs: options.fetchTimeoutMs,
      urlPolicy: options.urlPolicy,
      credentials: options.credentials,
      onBytes: (read, total) => (fraction = total ? Math.min(1, read / total) : 0),
    });
    let batch: (ConnectorItem | DeferredItem)[] = [];
    const declareLicence = async (licence: string) => {
      if (target.licence === licence) return;
      target.licence = licence;
      await SourceModel.updateOne({ _id: source._id }, { $set: { licence } });
    };
    const afterRead: AfterReadTask[] = [];
    for await (const item of connector(input, {
      mapping,
      options: source.options ?? null,
      declareLicence,
      filter,
      afterRead: (task) => afterRead.push(task),
      rowDigests: { salt: rowDigestSalt(source), stored: (digest) => state.records.ofDigest(digest) !== undefined },
    })) {
      processed += 1;
      batch.push(item);
      if (batch.length >= (options.batchSize ?? 500)) {
        await processBatch(batch, ctx);
        batch = [];
        await beat();
      }
    }
    await processBatch(batch, ctx);
    await runAfterRead(afterRead, String(source._id), state, now);
    fraction = 1;
    // An empty or wholly unreadable file is far more likely a broken export than a territory emptied
    // overnight: it neither closes places nor counts as the source listing them.
    let closuresHeld = 0;
    if ([...state.known.values()].some((k) => k.seenAt > 0)) {
      closuresHeld = await closeVanished(target, state, counts);
      await recordSightings(target, state, source.confirmedAt ?? null);
    }
    await saveSourceRecords(state.records, state.marksRead, String(run._id));
    const finishedAt = new Date();
    await ImportRunModel.updateOne(
      { _id: run._id },
      {
        $set: {
          status: 'SUCCEEDED',
          finishedAt,
          heartbeatAt: finishedAt,
          processed,
          total: processed,
          progress: 1,
          ...counts,
          rejections: rejections.slice(0, MAX_STORED_PROBLEMS),
          warnings,
        },
      },
    );
    await SourceModel.updateOne({ _id: source._id }, { $set: { lastRunAt: finishedAt } });
    options.onProgress?.({ processed, fraction, counts });
    metrics.importRuns.inc({ source: source.name, status: 'SUCCEEDED' });
    return {
      runId: String(run._id),
      status: 'SUCCEEDED',
      ...counts,
      closuresHeld,
      errors: rejections,
      warnings,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await ImportRunModel.updateOne(
      { _id: run._id },
      {
        $set: {
          status: 'FAILED',
          finishedAt: new Date(),
          processed,
          ...counts,
          error: message,
          rejections: rejections.slice(0, MAX_STORED_PROBLEMS),
          warnings,
        },
      },
    ).catch(() => undefined);
    metrics.importRuns.inc({ source: source.name, status: 'FAILED' });
    return {
      runId: String(run._id),
      status: 'FAILED',
      error: message,
      ...counts,
      closuresHeld: 0,
      errors: rejections,
      warnings,
    };
  } finally {
    clearInterval(timer);
    await releaseSourceLock(source._id, options.owner).catch(() => undefined);
  }
}
