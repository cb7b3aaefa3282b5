import type { Credentials } from './connectors/http-get';
import type { UrlPolicy } from './sources/url-policy';

/** Settings of imports and their schedule (REEMPLOI_IMPORT_*, REEMPLOI_GEOCODER_*, see README). */
export interface FederationConfig {
  /** BAN geocoder base URL for records without coordinates; null disables geocoding (such rows are rejected). */
  geocoderUrl: string | null;
  geocoderConcurrency: number;
  geocoderTimeoutMs: number;
  /** Largest file or download an import reads. */
  maxBytes: number;
  /** Largest back-office upload (REEMPLOI_UPLOAD_MAX_MB, never above maxBytes). */
  uploadMaxBytes: number;
  /** Uploads each staff member (or the admin token) may start per minute. */
  uploadsPerMinute: number;
  /** Deadline of one download or API page, body included (REEMPLOI_IMPORT_FETCH_TIMEOUT_MS). */
  fetchTimeoutMs: number;
  /** Hosts and addresses source URLs may reach (REEMPLOI_IMPORT_ALLOWED_HOSTS; public hosts only by default). */
  urlPolicy: UrlPolicy;
  /** A source's import lock lasts this long unless renewed (a crashed importer's lock expires after it). */
  lockTtlMs: number;
  /** How often this instance looks for scheduled sources that are due; 0 disables the scheduler. */
  schedulerTickMs: number;
  /** Bearer token for the data·inclusion API. */
  dataInclusionToken: string | null;
  /** The data·inclusion API (REEMPLOI_DATA_INCLUSION_URL): its token is sent to this origin only. */
  dataInclusionUrl: string;
}

/** The credentials an import of this format may send, bound to the one origin they are for. */
export function sourceCredentials(format: string, config: FederationConfig): Credentials | null {
  if (format !== 'data-inclusion' || !config.dataInclusionToken) return null;
  return {
    origin: new URL(config.dataInclusionUrl).origin,
    headers: { authorization: `Bearer ${config.dataInclusionToken}` },
  };
}
