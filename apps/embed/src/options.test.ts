import { formatDistance, mapUrl, parseOptions, placeUrl, toVariables } from './options';

const attrs = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('widget attributes → GraphQL variables', () => {
  it('turns the documented example into a places query near a point', () => {
    const { options, problems } = parseOptions(
      attrs({ action: 'DONATE', objects: 'meuble', near: '49.51,-1.47', 'radius-km': '15', limit: '8', lang: 'fr' }),
    );
    expect(problems).toEqual([]);
    expect(toVariables(options)).toEqual({
      filter: { actions: ['DONATE'], subcategories: ['meuble'] },
      near: { lat: 49.51, lng: -1.47 },
      radiusKm: 15,
      first: 8,
      lang: 'FR',
    });
  });

  it('filters by commune instead of a point, with kinds, labels and open-now', () => {
    const { options } = parseOptions(
      attrs({ commune: 'Valognes', kinds: 'ressourcerie, repair-cafe', labels: 'ess', 'open-now': '', lang: 'en' }),
    );
    expect(toVariables(options)).toEqual({
      filter: { communes: ['Valognes'], kinds: ['RESSOURCERIE', 'REPAIR_CAFE'], labels: ['ess'], openNow: true },
      near: null,
      radiusKm: null,
      first: 5,
      lang: 'EN',
    });
  });

  it('reports invalid attributes and leaves them out of the query', () => {
    const { options, problems } = parseOptions(
      attrs({ action: 'GIVE', near: 'Valognes', 'radius-km': '15', limit: '500', objects: 'meuble;drop' }),
    );
    expect(problems).toHaveLength(5);
    expect(problems.join(' ')).toMatch(/action: unknown value GIVE/);
    expect(problems.join(' ')).toMatch(/near: "Valognes" must be "latitude,longitude"/);
    expect(toVariables(options)).toEqual({ filter: {}, near: null, radiusKm: null, first: 5, lang: 'FR' });
  });

  it('explains an unknown language, layout or theme instead of ignoring it silently', () => {
    const { options, problems } = parseOptions(attrs({ lang: 'de', layout: 'grid', theme: 'blue' }));
    expect(problems).toEqual([
      'lang: unknown value de (expected fr, en)',
      'layout: unknown value grid (expected list, compact)',
      'theme: unknown value blue (expected light, dark, auto)',
    ]);
    expect(options).toMatchObject({ lang: 'fr', layout: 'list', theme: 'light' });
    expect(parseOptions(attrs({ lang: 'en-GB', layout: 'compact', theme: 'auto' })).problems).toEqual([]);
  });

  it('reads layout, theme, heading, map link and key attributes', () => {
    const { options } = parseOptions(
      attrs({
        layout: 'compact',
        theme: 'dark',
        heading: 'Donner ses meubles',
        'heading-level': '3',
        'map-link': 'false',
        'api-key': ' rmp_live_x ',
      }),
    );
    expect(options).toMatchObject({
      layout: 'compact',
      theme: 'dark',
      heading: 'Donner ses meubles',
      headingLevel: 3,
      mapLink: false,
      apiKey: 'rmp_live_x',
    });
    expect(parseOptions(attrs({})).options).toMatchObject({
      layout: 'list',
      theme: 'light',
      headingLevel: 2,
      mapLink: true,
      apiKey: null,
    });
  });

  it('links to the web app results page with the same search', () => {
    const { options } = parseOptions(
      attrs({
        action: 'DONATE',
        objects: 'meuble,vetement',
        near: '49.51,-1.47',
        'radius-km': '15',
        kinds: 'RESSOURCERIE',
      }),
    );
    expect(mapUrl('https://reemploi.example', options)).toBe(
      'https://reemploi.example/recherche?action=DONATE&objects=meuble%2Cvetement&lat=49.51&lng=-1.47&radius=15&kinds=RESSOURCERIE',
    );
    expect(placeUrl('https://reemploi.example', 'emmaus-cotentin')).toBe(
      'https://reemploi.example/lieu/emmaus-cotentin',
    );
  });

  it('formats distances the French or English way', () => {
    expect(formatDistance(843, 'fr')).toBe('840 m');
    expect(formatDistance(12_400, 'fr')).toBe('12 km');
    expect(formatDistance(2_450, 'fr')).toBe('2,5 km');
    expect(formatDistance(2_450, 'en')).toBe('2.5 km');
  });
});

describe('widget events option', () => {
  it('asks for the next events of the month around the point, within the agenda’s 100 km', () => {
    const { options, problems } = parseOptions(
      attrs({ action: 'REPAIR', near: '49.51,-1.47', 'radius-km': '300', events: '4' }),
    );
    expect(problems).toEqual([]);
    const variables = toVariables(options);
    expect(variables).toMatchObject({
      withEvents: true,
      eventsFirst: 4,
      eventsRadiusKm: 100,
      eventsFilter: { actions: ['REPAIR'] },
    });
    const days = (Date.parse(variables.eventsTo!) - Date.parse(variables.eventsFrom!)) / 86_400_000;
    expect(days).toBe(31);
  });

  it('lists events of a commune by INSEE code, and explains that events need a place to be around', () => {
    expect(toVariables(parseOptions(attrs({ commune: '50615', events: '' })).options)).toMatchObject({
      withEvents: true,
      eventsFirst: 3,
      eventsFilter: { communes: ['50615'] },
    });
    const { options, problems } = parseOptions(attrs({ commune: 'Valognes', events: '3' }));
    expect(options.events).toBe(0);
    expect(toVariables(options)).not.toHaveProperty('withEvents');
    expect(problems).toEqual([expect.stringMatching(/^events: needs near/)]);
  });
});
