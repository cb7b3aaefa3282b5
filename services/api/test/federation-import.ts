import { ensureSource } from '../src/modules/federation/sources/sources';
import { Geocoder } from '../src/modules/federation/normalise/geocoder';
import { runImport, type ImportSummary } from '../src/modules/federation/runs/run-import';
import { newLockOwner } from '../src/modules/federation/runs/source-lock';
import type { SourceFilter } from '../src/modules/federation/connectors/mapping';
import type { Credentials } from '../src/modules/federation/connectors/http-get';
import { parseUrlPolicy, type UrlPolicy } from '../src/modules/federation/sources/url-policy';
import type { FederationConfig } from '../src/modules/federation/federation-config';
import type { LoadedProfile, TerritoryProfile } from '../src/modules/federation/territory/territory-profile';

/** Tests serve remote sources from 127.0.0.1, which production refuses (REEMPLOI_IMPORT_ALLOWED_HOSTS). */
export const LOCAL_FIXTURES = parseUrlPolicy('*, 127.0.0.1');

export interface ImportOptions {
  mapping?: unknown;
  filter?: SourceFilter;
  geocoderUrl?: string;
  /** A token and the origin it is for. */
  credentials?: Credentials;
  /** Where URLs may point; by default public hosts and this machine's 127.0.0.1 (the fixture servers). */
  urlPolicy?: UrlPolicy;
  maxBytes?: number;
  fetchTimeoutMs?: number;
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
    maxBytes: options.maxBytes ?? 50 * 1024 * 1024,
    fetchTimeoutMs: options.fetchTimeoutMs ?? 5000,
    lockTtlMs: 30_000,
    urlPolicy: options.urlPolicy ?? LOCAL_FIXTURES,
    credentials: options.credentials,
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

/** A small Cotentin for territory tests: the real EPCI, one commune, a box around the peninsula. */
export const TEST_TERRITORY = {
  name: 'Cotentin (test)',
  epci: [{ siren: '200067205', name: 'CA du Cotentin' }],
  communes: [{ insee: '50129', name: 'Cherbourg-en-Cotentin' }],
  polygon: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [-1.97, 49.28],
        [-1.2, 49.28],
        [-1.2, 49.74],
        [-1.97, 49.74],
        [-1.97, 49.28],
      ],
    ] as [number, number][][],
  },
};

/** The federation settings a territory sync runs with in tests: fixtures on 127.0.0.1, no geocoder. */
export const testFederationConfig = (maxBytes: number) =>
  ({
    geocoderUrl: null,
    maxBytes,
    fetchTimeoutMs: 5000,
    lockTtlMs: 30_000,
    urlPolicy: LOCAL_FIXTURES,
    dataInclusionToken: null,
    dataInclusionUrl: 'https://api.data.inclusion.gouv.fr',
  }) as unknown as FederationConfig;

/** TEST_TERRITORY with these sources, its relative file paths read from `directory`. */
export const testProfile = (sources: TerritoryProfile['sources'], directory: string): LoadedProfile => ({
  ...TEST_TERRITORY,
  schedule: 'daily 03:30',
  sources,
  directory,
});
