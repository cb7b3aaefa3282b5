/** Runtime configuration served by the platform at /config.json (never baked in at build time). */
export interface RuntimeConfig {
  mapStyleUrl: string;
  /** Géoplateforme/BAN geocoder base URL; null offline and in tests (towns list only). */
  geocoderUrl: string | null;
  /** Optional: address for "report a mistake" until the suggestions API exists. */
  contactEmail: string | null;
  /** Whether the server mails staff their password links (SMTP configured); null when it does not say. */
  passwordLinksByMail: boolean | null;
}

export const defaultConfig: RuntimeConfig = {
  mapStyleUrl: 'https://tiles.openfreemap.org/styles/positron',
  geocoderUrl: null,
  contactEmail: null,
  passwordLinksByMail: null,
};

export function parseConfig(raw: unknown): RuntimeConfig {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    mapStyleUrl: str(value.mapStyleUrl) ?? defaultConfig.mapStyleUrl,
    geocoderUrl: str(value.geocoderUrl),
    contactEmail: str(value.contactEmail),
    passwordLinksByMail: typeof value.passwordLinksByMail === 'boolean' ? value.passwordLinksByMail : null,
  };
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const response = await fetchImpl('/config.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return defaultConfig;
    return parseConfig(await response.json());
  } catch {
    // Offline or misconfigured: the app still works with the key-free basemap and the towns list.
    return defaultConfig;
  }
}
