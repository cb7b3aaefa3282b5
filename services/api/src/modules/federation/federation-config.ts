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
  fetchTimeoutMs: number;
  /** A source's import lock lasts this long unless renewed (a crashed importer's lock expires after it). */
  lockTtlMs: number;
  /** How often this instance looks for scheduled sources that are due; 0 disables the scheduler. */
  schedulerTickMs: number;
  /** Bearer token for the data·inclusion API. */
  dataInclusionToken: string | null;
}
