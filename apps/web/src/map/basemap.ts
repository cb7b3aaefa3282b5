import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

/** `online`: the configured style is drawn; `plain`: it failed, the map shows the plain style meanwhile. */
export type BasemapState = 'loading' | 'online' | 'plain';

/** Time the online style has to load and draw (style, sprites, glyphs, first tiles) before we give up on it. */
export const LOAD_TIMEOUT_MS = 8_000;
/** Retries of the online style after a failure: 5 s, 10 s, 20 s… at most every 5 minutes. */
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * The style shown when the online one cannot load: a plain background, needing no network. Its empty
 * source exists only to carry the attribution of what the map still shows (the places).
 */
export function plainStyle(attribution: string): StyleSpecification {
  return {
    version: 8,
    name: 'plain',
    sources: { places: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2ee' } },
      // MapLibre only credits sources a layer uses.
      { id: 'attribution', type: 'circle', source: 'places' },
    ],
  };
}

/**
 * Keeps a map usable without its online basemap (no internet, a proxy, the tile server down): when the
 * style, its sprites, glyphs or tiles fail or take too long, the map switches to `plainStyle`, and the
 * online style is tried again with back-off (sooner when the browser comes back online or the tab is
 * shown again). Markers are DOM elements: they stay through style changes.
 */
export class Basemap {
  private state: BasemapState = 'loading';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private disposed = false;
  private probing = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly styleUrl: string,
    /** Built when needed, in the language of the moment. */
    private readonly plain: () => StyleSpecification,
    private readonly onChange: (state: BasemapState) => void,
  ) {
    map.on('error', this.onError);
    map.on('idle', this.onIdle);
    window.addEventListener('online', this.retrySoon);
    document.addEventListener('visibilitychange', this.retrySoon);
    this.expectOnline();
  }

  /** Draws the plain style again (its attribution in the language just chosen) if it is the one shown. */
  relabel() {
    if (this.state === 'plain') this.map.setStyle(this.plain(), { diff: false });
  }

  dispose() {
    this.disposed = true;
    clearTimeout(this.timer);
    this.map.off('error', this.onError);
    this.map.off('idle', this.onIdle);
    window.removeEventListener('online', this.retrySoon);
    document.removeEventListener('visibilitychange', this.retrySoon);
  }

  private set(state: BasemapState) {
    if (state === this.state) return;
    this.state = state;
    this.onChange(state);
  }

  private expectOnline() {
    this.set('loading');
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onTimeout, LOAD_TIMEOUT_MS);
  }

  private readonly onTimeout = () => {
    // A background tab does not draw: waiting there says nothing about the network.
    if (document.hidden) this.timer = setTimeout(this.onTimeout, LOAD_TIMEOUT_MS);
    else this.fallBack();
  };

  // Later tile errors (panning while the tile server is down) keep what is already drawn.
  private readonly onError = () => {
    if (this.state === 'loading') this.fallBack();
  };

  private readonly onIdle = () => {
    if (this.state !== 'loading' || !this.map.isStyleLoaded()) return;
    clearTimeout(this.timer);
    this.failures = 0;
    this.set('online');
  };

  private fallBack() {
    clearTimeout(this.timer);
    this.map.setStyle(this.plain(), { diff: false });
    this.set('plain');
    this.retryLater();
  }

  private retryLater() {
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures);
    this.failures += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.retry(), delay);
  }

  private readonly retrySoon = () => {
    if (this.state !== 'plain' || document.hidden) return;
    void this.retry();
  };

  /** Asks for the style document first, so an unreachable server does not blank the plain map again. */
  private async retry() {
    if (this.probing) return;
    this.probing = true;
    clearTimeout(this.timer);
    let reachable: boolean;
    try {
      const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(LOAD_TIMEOUT_MS) : undefined;
      reachable = (await fetch(this.styleUrl, { cache: 'no-store', signal })).ok;
    } catch {
      reachable = false;
    } finally {
      this.probing = false;
    }
    if (this.disposed || this.state !== 'plain') return;
    if (!reachable) {
      this.retryLater();
      return;
    }
    this.map.setStyle(this.styleUrl, { diff: false });
    this.expectOnline();
  }
}
