import { isDeepStrictEqual } from 'node:util';
import { FORMAT_DEFAULTS, parseSourceOptions } from '../connectors';
import { parseMapping } from '../connectors/mapping';
import { sourceCredentials, type FederationConfig } from '../federation-config';
import { Geocoder } from '../normalise/geocoder';
import type { Rejection } from '../normalise/import-problems';
import type { ImportCounts } from '../runs/import-batch';
import { runImport } from '../runs/run-import';
import { newLockOwner } from '../runs/source-lock';
import { nextRunAt, parseSchedule } from '../sources/schedule';
import { SourceModel } from '../../places';
import { retireDemoPlaces, type DemoRetirement } from './retire-demo';
import { filterOf, locationOf, type LoadedProfile, type ProfileSource } from './territory-profile';

/** The counts of the final table (`warned` stays in each source's own summary). */
export const TABLE_COUNTS = ['created', 'updated', 'unchanged', 'closed', 'queuedForReview', 'rejected'] as const;
export type TableCounts = Pick<ImportCounts, (typeof TABLE_COUNTS)[number]>;

export interface SourceSyncResult extends TableCounts {
  key: string;
  name: string;
  format: string;
  /** What happened to the Source's settings: made now, changed to follow the profile, or as they were. */
  settings: 'created' | 'updated' | 'unchanged' | null;
  status: 'SUCCEEDED' | 'FAILED';
  runId: string | null;
  warned: number;
  /** Why the source failed as a whole. */
  error: string | null;
  /** The first rejected rows. */
  rejections: Rejection[];
}

export interface TerritorySyncResult {
  territory: string;
  ok: boolean;
  sources: SourceSyncResult[];
  totals: TableCounts;
  /** What became of the demo data: null when it was left alone (see retireDemo). */
  demo: DemoRetirement | null;
}

export interface SyncOptions {
  federation: FederationConfig;
  /** Only the source with this key. */
  only?: string;
  trigger?: 'CLI' | 'SCHEDULE';
  onSource?: (result: SourceSyncResult) => void;
  batchSize?: number;
  /**
   * Close the demo places no real source lists once a complete sync (every source, all succeeded, some
   * places read) is done. A partial or failed sync (an offline machine) leaves the demo data alone.
   */
  retireDemo?: boolean;
}

const zeroCounts = (): TableCounts => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  closed: 0,
  queuedForReview: 0,
  rejected: 0,
});

/**
 * Syncs a territory: for each source of the profile, creates or updates its Source (owned by the syndicate,
 * scheduled as the profile says) and imports it through runImport. A failed source does not stop the others.
 */
export async function syncTerritory(profile: LoadedProfile, options: SyncOptions): Promise<TerritorySyncResult> {
  // Lowest priority first: a source merges a record into a place another source lists only when no source of
  // higher priority lists it (place.policy.ts, sourceAccess); run upwards, each source can join the places
  // the ones below it listed, and the same déchèterie from OSM, LVAO and SINOE becomes one place.
  const priorityOf = (s: ProfileSource) => s.priority ?? FORMAT_DEFAULTS[s.format].priority;
  const ordered = [...profile.sources].sort((a, b) => priorityOf(a) - priorityOf(b));
  const chosen = options.only ? ordered.filter((s) => s.key === options.only) : ordered;
  if (options.only && chosen.length === 0)
    throw new Error(
      `no source "${options.only}" in ${profile.name}'s profile (keys: ${profile.sources.map((s) => s.key).join(', ')})`,
    );
  const f = options.federation;
  const geocoder = f.geocoderUrl
    ? new Geocoder({ baseUrl: f.geocoderUrl, concurrency: f.geocoderConcurrency, timeoutMs: f.geocoderTimeoutMs })
    : null;
  const results: SourceSyncResult[] = [];
  for (const source of chosen) {
    const result = await syncSource(profile, source, options, geocoder);
    options.onSource?.(result);
    results.push(result);
  }
  const totals = zeroCounts();
  for (const r of results) for (const k of TABLE_COUNTS) totals[k] += r[k];
  const ok = results.every((r) => r.status === 'SUCCEEDED');
  const complete = !options.only && ok && totals.created + totals.updated + totals.unchanged > 0;
  const demo = options.retireDemo && complete ? await retireDemoPlaces() : null;
  return { territory: profile.name, ok, sources: results, totals, demo };
}

async function syncSource(
  profile: LoadedProfile,
  entry: ProfileSource,
  options: SyncOptions,
  geocoder: Geocoder | null,
): Promise<SourceSyncResult> {
  const result: SourceSyncResult = {
    key: entry.key,
    name: entry.name,
    format: entry.format,
    settings: null,
    status: 'FAILED',
    runId: null,
    ...zeroCounts(),
    warned: 0,
    error: null,
    rejections: [],
  };
  try {
    const { source, settings } = await upsertSource(profile, entry);
    result.settings = settings;
    const f = options.federation;
    const summary = await runImport({
      sourceId: source._id,
      trigger: options.trigger ?? 'CLI',
      owner: newLockOwner(),
      geocoder,
      maxBytes: f.maxBytes,
      fetchTimeoutMs: f.fetchTimeoutMs,
      lockTtlMs: f.lockTtlMs,
      urlPolicy: f.urlPolicy,
      credentials: sourceCredentials(entry.format, f),
      batchSize: options.batchSize,
    });
    for (const k of TABLE_COUNTS) result[k] = summary[k];
    result.warned = summary.warned;
    result.runId = summary.runId;
    result.status = summary.status;
    result.error = summary.error ?? null;
    result.rejections = summary.errors.slice(0, 20);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}

/**
 * The profile entry's Source, created or brought in line with the profile. A source of that name that an
 * organisation owns is refused: a territory file must not take over a structure's own source.
 */
async function upsertSource(profile: LoadedProfile, entry: ProfileSource) {
  const existing = await SourceModel.findOne({ name: entry.name }).lean();
  if (existing?.organizationId)
    throw new Error(
      `a source named "${entry.name}" belongs to an organisation; the territory profile does not take it over (rename the profile's source)`,
    );
  if (existing && existing.format !== entry.format)
    throw new Error(`source "${entry.name}" exists with format ${existing.format}, not ${entry.format}`);
  const defaults = FORMAT_DEFAULTS[entry.format];
  const scheduleText = entry.schedule === undefined ? profile.schedule : entry.schedule;
  const wanted: Record<string, unknown> = {
    url: locationOf(profile, entry),
    filter: filterOf(profile, entry),
    mapping: entry.mapping === undefined ? null : parseMapping(entry.mapping),
    options:
      entry.options === undefined ? (existing?.options ?? null) : parseSourceOptions(entry.format, entry.options),
    schedule: scheduleText,
    priority: entry.priority ?? existing?.priority ?? defaults.priority,
    licence: entry.licence ?? existing?.licence ?? defaults.licence,
    attribution: entry.attribution ?? existing?.attribution ?? defaults.attribution,
  };
  const changed = Object.fromEntries(
    Object.entries(wanted).filter(
      ([k, v]) => !existing || !isDeepStrictEqual((existing as Record<string, unknown>)[k] ?? null, v),
    ),
  );
  // A new or changed schedule starts from now; an unchanged one keeps its next run.
  if (!existing || 'schedule' in changed || (scheduleText && !existing.nextRunAt)) {
    const parsed = scheduleText ? parseSchedule(scheduleText) : null;
    changed.nextRunAt = parsed ? nextRunAt(parsed, new Date()) : null;
  }
  if (!existing) {
    const created = await SourceModel.create({
      name: entry.name,
      format: entry.format,
      organizationId: null,
      ...wanted,
      nextRunAt: changed.nextRunAt as Date | null,
    });
    return { source: created.toObject(), settings: 'created' as const };
  }
  if (Object.keys(changed).length === 0) return { source: existing, settings: 'unchanged' as const };
  const updated = await SourceModel.findOneAndUpdate(
    { _id: existing._id },
    { $set: changed },
    { returnDocument: 'after' },
  ).lean();
  return { source: updated!, settings: 'updated' as const };
}
