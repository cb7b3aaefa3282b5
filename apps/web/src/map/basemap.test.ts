import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { Basemap, LOAD_TIMEOUT_MS, plainStyle, type BasemapState } from './basemap';

const STYLE_URL = 'https://basemap.example.org/style.json';

/** The part of a MapLibre map Basemap uses: events, the style in place, whether it has loaded. */
class FakeMap {
  style: string | StyleSpecification = STYLE_URL;
  styleLoaded = false;
  private readonly handlers = new Map<string, Set<() => void>>();
  on(type: string, handler: () => void) {
    if (!this.handlers.has(type)) this.handlers.set(type, new Set());
    this.handlers.get(type)!.add(handler);
  }
  off(type: string, handler: () => void) {
    this.handlers.get(type)?.delete(handler);
  }
  fire(type: string) {
    this.handlers.get(type)?.forEach((handler) => handler());
  }
  setStyle(style: string | StyleSpecification) {
    this.style = style;
    this.styleLoaded = false;
  }
  isStyleLoaded() {
    return this.styleLoaded;
  }
  /** The online style drew everything. */
  drawn() {
    this.styleLoaded = true;
    this.fire('idle');
  }
}

describe('the basemap of a map', () => {
  let map: FakeMap;
  let states: BasemapState[];
  let styleServer: 'down' | 'up';
  let probes: number;
  let basemap: Basemap;

  beforeEach(() => {
    jest.useFakeTimers();
    map = new FakeMap();
    states = [];
    styleServer = 'down';
    probes = 0;
    global.fetch = jest.fn(async () => {
      probes += 1;
      if (styleServer === 'down') throw new TypeError('Failed to fetch');
      return { ok: true } as Response;
    }) as typeof fetch;
    basemap = new Basemap(
      map as unknown as MapLibreMap,
      STYLE_URL,
      () => plainStyle('Lieux : test'),
      (s) => states.push(s),
    );
  });

  afterEach(() => {
    basemap.dispose();
    jest.useRealTimers();
  });

  /** Lets the timers up to `ms` from now fire, and the probes they start settle. */
  async function wait(ms: number) {
    await jest.advanceTimersByTimeAsync(ms);
  }

  it('stays on the online style once it has drawn, whatever tile errors come later', async () => {
    map.drawn();
    map.fire('error');
    await wait(LOAD_TIMEOUT_MS * 2);
    expect(states).toEqual(['online']);
    expect(map.style).toBe(STYLE_URL);
  });

  it('switches to the plain style, with its attribution, as soon as the style fails', () => {
    map.fire('error');
    expect(states).toEqual(['plain']);
    expect(map.style).toMatchObject({
      name: 'plain',
      sources: { places: { attribution: 'Lieux : test' } },
    });
  });

  it('switches to the plain style when the online one has not drawn in time', async () => {
    await wait(LOAD_TIMEOUT_MS - 1);
    expect(states).toEqual([]);
    await wait(1);
    expect(states).toEqual(['plain']);
  });

  it('does not give up in a background tab, which draws nothing', async () => {
    const hidden = jest.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    await wait(LOAD_TIMEOUT_MS * 3);
    expect(states).toEqual([]);
    hidden.mockReturnValue(false);
    await wait(LOAD_TIMEOUT_MS);
    expect(states).toEqual(['plain']);
    hidden.mockRestore();
  });

  it('asks for the style again after 5 s, 10 s, 20 s… keeping the plain style while it does not answer', async () => {
    map.fire('error');
    await wait(4_999);
    expect(probes).toBe(0);
    await wait(1);
    expect(probes).toBe(1);
    await wait(10_000);
    expect(probes).toBe(2);
    await wait(19_999);
    expect(probes).toBe(2);
    await wait(1);
    expect(probes).toBe(3);
    expect(map.style).toMatchObject({ name: 'plain' });
    expect(states).toEqual(['plain']);
  });

  it('waits at most 5 minutes between tries', async () => {
    map.fire('error');
    await wait(60 * 60_000);
    const inAnHour = probes;
    await wait(5 * 60_000);
    expect(probes).toBe(inAnHour + 1);
  });

  it('puts the online style back when it answers again', async () => {
    map.fire('error');
    await wait(5_000 + 10_000);
    styleServer = 'up';
    await wait(20_000);
    expect(map.style).toBe(STYLE_URL);
    expect(states).toEqual(['plain', 'loading']);
    map.drawn();
    expect(states).toEqual(['plain', 'loading', 'online']);
  });

  it('goes back to the plain style when the returned style fails again, and keeps trying', async () => {
    map.fire('error');
    styleServer = 'up';
    await wait(5_000);
    expect(map.style).toBe(STYLE_URL);
    map.fire('error'); // its tiles, say, still fail
    expect(map.style).toMatchObject({ name: 'plain' });
    expect(states).toEqual(['plain', 'loading', 'plain']);
    await wait(10_000);
    expect(map.style).toBe(STYLE_URL);
  });

  it('tries at once when the browser comes back online', async () => {
    map.fire('error');
    styleServer = 'up';
    window.dispatchEvent(new Event('online'));
    await wait(0);
    expect(probes).toBe(1);
    expect(map.style).toBe(STYLE_URL);
  });

  it('credits the places in the language chosen after the switch', () => {
    let attribution = 'Lieux : test';
    basemap.dispose();
    basemap = new Basemap(
      map as unknown as MapLibreMap,
      STYLE_URL,
      () => plainStyle(attribution),
      (s) => states.push(s),
    );
    basemap.relabel(); // nothing to do while the online style is there
    expect(map.style).toBe(STYLE_URL);
    map.fire('error');
    attribution = 'Places: test';
    basemap.relabel();
    expect(map.style).toMatchObject({ sources: { places: { attribution: 'Places: test' } } });
  });

  it('stops trying once the map is gone', async () => {
    map.fire('error');
    basemap.dispose();
    await wait(10 * 60_000);
    expect(probes).toBe(0);
  });
});
