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
