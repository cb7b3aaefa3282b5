import type { LocationPrecision } from './normalise-record';

export interface GeocodeResult {
  lat: number;
  lng: number;
  precision: LocationPrecision;
  postcode: string | null;
  citycode: string | null;
  city: string | null;
}

export interface GeocoderOptions {
  /** Base URL of the Géoplateforme geocoder, e.g. https://data.geopf.fr/geocodage (its /search is called). */
  baseUrl: string;
  timeoutMs?: number;
  concurrency?: number;
  retries?: number;
  /** Below this BAN score an answer is not trusted. */
  minScore?: number;
  cacheSize?: number;
  sleep?: (ms: number) => Promise<void>;
}

const PRECISION: Record<string, LocationPrecision> = {
  housenumber: 'ADDRESS',
  street: 'STREET',
  locality: 'STREET',
  municipality: 'COMMUNE',
};
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Client of the BAN geocoder (Géoplateforme): a timeout per request, retries with backoff on 429 (honouring
 * Retry-After) and 5xx, a bounded cache, and at most `concurrency` requests in flight (the service allows
 * 50 requests/s per IP).
 */
export class Geocoder {
  private readonly cache = new Map<string, GeocodeResult | null>();
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  requests = 0;

  constructor(private readonly options: GeocoderOptions) {}

  async geocode(query: {
    q: string;
    postcode?: string | null;
    citycode?: string | null;
  }): Promise<GeocodeResult | null> {
    const url = new URL(`${this.options.baseUrl.replace(/\/+$/, '')}/search`);
    url.searchParams.set('q', query.q.slice(0, 200));
    url.searchParams.set('limit', '1');
    if (query.postcode) url.searchParams.set('postcode', query.postcode);
    if (query.citycode) url.searchParams.set('citycode', query.citycode);
    const key = url.search;
    if (this.cache.has(key)) return this.cache.get(key)!;
    const result = await this.limited(() => this.fetchWithRetry(url));
    if (this.cache.size >= (this.options.cacheSize ?? 10_000))
      this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, result);
    return result;
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    while (this.inFlight >= (this.options.concurrency ?? 8))
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight += 1;
    try {
      return await task();
    } finally {
      this.inFlight -= 1;
      this.waiting.shift()?.();
    }
  }

  private async fetchWithRetry(url: URL): Promise<GeocodeResult | null> {
    const retries = this.options.retries ?? 4;
    const sleep = this.options.sleep ?? wait;
    for (let attempt = 0; ; attempt += 1) {
      let retryAfterMs: number | null = null;
      try {
        this.requests += 1;
        const response = await fetch(url, {
          headers: { accept: 'application/json' },
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        });
        if (response.ok) return this.parse(await response.json());
        if (response.status !== 429 && response.status < 500)
          throw new Error(`geocoder answered HTTP ${response.status}`);
        const header = Number(response.headers.get('retry-after'));
        retryAfterMs = Number.isFinite(header) && header > 0 ? Math.min(header, 60) * 1000 : null;
        await response.body?.cancel();
        if (attempt >= retries)
          throw new Error(`geocoder still answering HTTP ${response.status} after ${retries + 1} tries`);
      } catch (error) {
        if (attempt >= retries || (error instanceof Error && error.message.startsWith('geocoder answered')))
          throw error;
      }
      await sleep(retryAfterMs ?? Math.min(200 * 2 ** attempt, 5000));
    }
  }

  private parse(body: unknown): GeocodeResult | null {
    const feature = (
      body as { features?: { geometry?: { coordinates?: number[] }; properties?: Record<string, unknown> }[] }
    ).features?.[0];
    const [lng, lat] = feature?.geometry?.coordinates ?? [];
    const props = feature?.properties ?? {};
    if (typeof lat !== 'number' || typeof lng !== 'number') return null;
    if (Number(props.score ?? 0) < (this.options.minScore ?? 0.5)) return null;
    const str = (value: unknown) => (typeof value === 'string' ? value : null);
    return {
      lat,
      lng,
      precision: PRECISION[String(props.type)] ?? 'STREET',
      postcode: str(props.postcode),
      citycode: str(props.citycode),
      city: str(props.city),
    };
  }
}
