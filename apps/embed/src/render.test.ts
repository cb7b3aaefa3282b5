import type { WidgetPlace } from './api';
import { TEXT } from './i18n';
import { parseOptions } from './options';
import { results } from './render';

function kindLine(place: Partial<WidgetPlace>, lang: 'fr' | 'en' = 'fr'): string {
  const { options } = parseOptions((name) => ({ lang })[name as 'lang'] ?? null);
  const node: WidgetPlace = {
    id: 'p1',
    slug: 'emmaus-cotentin',
    name: 'Emmaüs Cotentin',
    kind: 'RESSOURCERIE',
    distanceMeters: 0,
    locationUncertaintyMeters: 2000,
    openNow: null,
    notices: [],
    address: { street: null, postcode: '50120', commune: 'Cherbourg-en-Cotentin' },
    contact: { phone: null },
    ...place,
  };
  const view = { options, text: TEXT[lang], origin: 'https://reemploi.example', headingId: 'h' };
  const data = {
    places: { totalCount: 1, edges: [{ node }] },
    placeKinds: [{ id: 'RESSOURCERIE', label: 'Ressourcerie' }],
  };
  return results(view, data).querySelector('li .k')!.textContent!;
}

describe('widget place line', () => {
  it('says "dans la commune" instead of "à 0 m" for a commune centre', () => {
    expect(kindLine({ distanceMeters: 0 })).toBe('Ressourcerie · dans la commune');
    expect(kindLine({ distanceMeters: 1500 }, 'en')).toBe('Ressourcerie · somewhere in town');
  });

  it('gives an approximate distance beyond the uncertainty and the exact one for an exact place', () => {
    expect(kindLine({ distanceMeters: 18_400 })).toBe('Ressourcerie · à environ 18 km');
    expect(kindLine({ distanceMeters: 40, locationUncertaintyMeters: 0 })).toBe('Ressourcerie · à 40 m');
  });
});

describe('widget notices', () => {
  const render = (notices: WidgetPlace['notices'], lang: 'fr' | 'en' = 'fr') => {
    const { options } = parseOptions((name) => ({ lang })[name as 'lang'] ?? null);
    const node: WidgetPlace = {
      id: 'p1',
      slug: 'decheterie',
      name: 'Déchèterie',
      kind: 'RECYCLING_CENTRE',
      distanceMeters: null,
      locationUncertaintyMeters: 0,
      openNow: false,
      notices,
      address: { street: null, postcode: null, commune: 'Valognes' },
      contact: { phone: null },
    };
    const view = { options, text: TEXT[lang], origin: 'https://reemploi.example', headingId: 'h' };
    const list = results(view, { places: { totalCount: 1, edges: [{ node }] }, placeKinds: [] });
    return [...list.querySelectorAll('li .w')].map((p) => p.textContent);
  };
  const closure = {
    kind: 'CLOSURE' as const,
    startsOn: '2026-12-24',
    endsOn: '2026-12-26',
    message: null,
    current: true,
  };

  it('says a closure with its dates and reason, in French and in English', () => {
    expect(render([{ ...closure, reason: 'grève' }])).toEqual([
      'Fermé exceptionnellement du 24 décembre au 26 décembre (grève)',
    ]);
    expect(render([{ ...closure, endsOn: '2026-12-24', reason: null }], 'en')).toEqual([
      'Exceptionally closed on 24 December',
    ]);
  });

  it('shows a reason or a message with markup as text, never as HTML', () => {
    const lines = render([
      { ...closure, reason: '<img src=x onerror=alert(1)>' },
      {
        kind: 'NOTICE',
        startsOn: null,
        endsOn: '2026-12-31',
        reason: null,
        message: '<b>Benne pleine</b>',
        current: true,
      },
    ]);
    expect(lines).toEqual([
      'Fermé exceptionnellement du 24 décembre au 26 décembre (<img src=x onerror=alert(1)>)',
      '<b>Benne pleine</b>',
    ]);
  });
});

describe('widget freshness', () => {
  const render = (freshness: WidgetPlace['freshness'], lang: 'fr' | 'en' = 'fr') => {
    const { options } = parseOptions((name) => ({ lang })[name as 'lang'] ?? null);
    const node: WidgetPlace = {
      id: 'p1',
      slug: 'ressourcerie',
      name: 'Ressourcerie',
      kind: 'RESSOURCERIE',
      distanceMeters: null,
      locationUncertaintyMeters: 0,
      openNow: null,
      freshness,
      notices: [],
      address: { street: null, postcode: null, commune: 'Valognes' },
      contact: { phone: null },
    };
    const view = { options, text: TEXT[lang], origin: 'https://reemploi.example', headingId: 'h' };
    const list = results(view, { places: { totalCount: 1, edges: [{ node }] }, placeKinds: [] });
    return list.querySelector('li .v')?.textContent ?? null;
  };

  it('marks a place unconfirmed for a year « À vérifier » (« To be checked » in English), and a fresh one not at all', () => {
    expect(render({ status: 'TO_VERIFY' })).toBe('À vérifier non confirmé depuis plus d’un an, appelez avant de venir');
    expect(render({ status: 'TO_VERIFY' }, 'en')).toBe(
      'To be checked not confirmed for over a year, call before you go',
    );
    expect(render({ status: 'FRESH' })).toBeNull();
    expect(render(undefined)).toBeNull();
  });
});

describe('widget events', () => {
  it('lists the next events after the places, under their own heading, in Paris time, titles as text', () => {
    const { options } = parseOptions(
      (name) => ({ lang: 'fr', near: '49.64,-1.62', events: '2' })[name as 'lang'] ?? null,
    );
    const view = { options, text: TEXT.fr, origin: 'https://reemploi.example', headingId: 'h' };
    const section = results(view, {
      places: { totalCount: 0, edges: [] },
      placeKinds: [],
      events: {
        nodes: [
          {
            start: '2027-01-09T14:00:00.000+01:00',
            event: {
              id: 'e1',
              title: 'Repair café <b>',
              bookingUrl: 'https://example.fr/reserver',
              venue: { name: 'Ressourcerie', commune: 'Valognes' },
              place: { slug: 'ressourcerie' },
            },
          },
        ],
      },
    });
    const events = section.querySelector('.e')!;
    expect(events.querySelector('h3')!.textContent).toBe('Prochains événements');
    expect(events.querySelector('li .k')!.textContent).toBe('samedi 9 janvier à 14:00');
    const link = events.querySelector('li .n a')!;
    expect(link.textContent).toBe('Repair café <b>');
    expect(link.getAttribute('href')).toBe('https://reemploi.example/lieu/ressourcerie');
    expect(events.querySelector('li a[href="https://example.fr/reserver"]')!.textContent).toBe('Réserver');
  });
});
