import { findTown, geocode, normalizeName, searchTowns } from './locations';

describe('offline location picker', () => {
  it('matches town names without accents, case or hyphens', () => {
    expect(normalizeName('Saint-Pierre-Église')).toBe('saint pierre eglise');
    expect(searchTowns('equeur')[0]?.label).toBe('Équeurdreville-Hainneville');
    expect(searchTowns('st vaast')[0]?.label).toBe('Saint-Vaast-la-Hougue');
  });

  it('finds merged communes through their former towns', () => {
    const labels = searchTowns('cherbourg en').map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['Tourlaville', 'La Glacerie']));
  });

  it('offers a commune nouvelle itself first, before its delegated communes', () => {
    const choices = searchTowns('Cherbourg-en-Cotentin');
    expect(choices[0]).toMatchObject({ label: 'Cherbourg-en-Cotentin', detail: '' });
    expect(choices.map((c) => c.label)).toEqual(expect.arrayContaining(['Tourlaville', 'Cherbourg-Octeville']));
    expect(searchTowns('cherbourg')[0]?.label).toBe('Cherbourg-en-Cotentin');
    expect(searchTowns('la hague')[0]?.label).toBe('La Hague');
    expect(findTown('cherbourg en cotentin')?.label).toBe('Cherbourg-en-Cotentin');
  });

  it('resolves a shared link’s town name to coordinates', () => {
    expect(findTown('valognes')?.point).toEqual({ lat: 49.5089, lng: -1.4703 });
    expect(findTown('Atlantis')).toBeNull();
  });
});

describe('BAN geocoder answers', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('turns a Géoplateforme answer into choices carrying their postal address', async () => {
    const requested: string[] = [];
    global.fetch = (async (url: URL) => {
      requested.push(String(url));
      return {
        ok: true,
        json: async () => ({
          features: [
            {
              geometry: { coordinates: [-1.6227, 49.6391] },
              properties: {
                label: '12 Rue au Blé 50100 Cherbourg-en-Cotentin',
                name: '12 Rue au Blé',
                postcode: '50100',
                city: 'Cherbourg-en-Cotentin',
                citycode: '50129',
                type: 'housenumber',
              },
            },
          ],
        }),
      };
    }) as unknown as typeof fetch;
    const [choice] = await geocode('https://data.geopf.fr/geocodage', '12 rue au ble');
    expect(requested[0]).toMatch(/^https:\/\/data\.geopf\.fr\/geocodage\/search\?q=12\+rue\+au\+ble&autocomplete=1/);
    expect(choice).toEqual({
      label: '12 Rue au Blé 50100 Cherbourg-en-Cotentin',
      detail: '50100 Cherbourg-en-Cotentin',
      point: { lat: 49.6391, lng: -1.6227 },
      address: {
        street: '12 Rue au Blé',
        postcode: '50100',
        commune: 'Cherbourg-en-Cotentin',
        inseeCode: '50129',
        precision: 'housenumber',
      },
    });
  });

  it('answers nothing, rather than failing, when the geocoder is unreachable', async () => {
    global.fetch = (async () => {
      throw new Error('offline');
    }) as unknown as typeof fetch;
    expect(await geocode('https://data.geopf.fr/geocodage', 'rue de la paix')).toEqual([]);
  });
});
