import { ensureSource } from '../src/modules/federation/sources';
import { Geocoder } from '../src/modules/federation/geocoder';
import { runImport, type ImportSummary } from '../src/modules/federation/run-import';
import { newLockOwner } from '../src/modules/federation/source-lock';
import type { SourceFilter } from '../src/modules/federation/mapping';

export interface ImportOptions {
  mapping?: unknown;
  filter?: SourceFilter;
  geocoderUrl?: string;
  headers?: Record<string, string>;
  onWritten?: (doc: unknown) => void;
}

/** Runs an import in this process the way the CLI does (tests call it directly for speed). */
export async function importFile(
  format: string,
  sourceName: string,
  location: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const source = await ensureSource({
    name: sourceName,
    format,
    mapping: options.mapping,
    filter: options.filter ?? null,
  });
  return runImport({
    sourceId: source._id,
    location,
    trigger: 'CLI',
    owner: newLockOwner(),
    geocoder: options.geocoderUrl ? new Geocoder({ baseUrl: options.geocoderUrl, sleep: async () => undefined }) : null,
    maxBytes: 50 * 1024 * 1024,
    fetchTimeoutMs: 5000,
    lockTtlMs: 30_000,
    headers: options.headers,
    onWritten: options.onWritten,
  });
}

/** The counts of a summary, without ids or error details. */
export const countsOf = ({ created, updated, unchanged, rejected, closed, queuedForReview }: ImportSummary) => ({
  created,
  updated,
  unchanged,
  rejected,
  closed,
  queuedForReview,
});
