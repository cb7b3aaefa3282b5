import { screen } from '@testing-library/react';
import { renderWithI18n } from '../../test/render';
import type { PlaceSummary } from '../graphql/operations';
import { deTown } from '../i18n/dictionary';
import { ResultCard } from './ResultCard';

const taxonomy = {
  data: undefined,
  actionLabel: (id: string) => id,
  kindLabel: (id: string) => ({ RESSOURCERIE: 'Ressourcerie', RECYCLING_CENTRE: 'Déchèterie' })[id] ?? id,
  labelName: (id: string) => id,
};

function place(overrides: Partial<PlaceSummary>): PlaceSummary {
  return {
    id: 'p1',
    slug: 'emmaus-cotentin',
    name: 'Emmaüs Cotentin',
    kind: 'RESSOURCERIE',
    address: {
      street: null,
      postcode: '50120',
      commune: 'Cherbourg-en-Cotentin',
      locality: 'Équeurdreville-Hainneville',
    },
    location: { lat: 49.6486, lng: -1.6561 },
    locationPrecision: 'COMMUNE',
    locationUncertaintyMeters: 2000,
    distanceMeters: 0,
    openNow: null,
    nextChangeAt: null,
    notices: [],
    offers: [],
    labels: [],
    homeService: false,
    appointmentOnly: false,
    isDemo: true,
    ...overrides,
  };
}

function renderCard(p: PlaceSummary, lang: 'fr' | 'en' = 'fr') {
  renderWithI18n(
    <ResultCard
      place={p}
      actions={[]}
      searchedSubcategories={[]}
      taxonomy={taxonomy}
      highlighted={false}
      onHighlight={jest.fn()}
    />,
    { lang },
  );
  return screen.getByRole('article').querySelector('.result-meta')!.textContent;
}

describe('ResultCard position', () => {
  it('says "dans la commune" instead of a distance under a commune centre’s uncertainty', () => {
    const meta = renderCard(place({ distanceMeters: 0 }));
    expect(meta).toBe('Ressourcerie · dans la commune d’Équeurdreville-Hainneville (Cherbourg-en-Cotentin)');
    expect(meta).not.toMatch(/\d+ m/);
  });

  it('says it in English on English pages', () => {
    expect(renderCard(place({ distanceMeters: 1500 }), 'en')).toBe(
      'Ressourcerie · somewhere in Équeurdreville-Hainneville (Cherbourg-en-Cotentin)',
    );
  });

  it('gives an approximate distance ("à environ") beyond the uncertainty', () => {
    expect(renderCard(place({ distanceMeters: 18_400 }))).toBe(
      'Ressourcerie · Équeurdreville-Hainneville (Cherbourg-en-Cotentin) · à environ 18 km',
    );
  });

  it('gives the distance of an exact place as before', () => {
    const exact = place({ locationPrecision: 'ADDRESS', locationUncertaintyMeters: 0, distanceMeters: 40 });
    expect(renderCard(exact)).toBe('Ressourcerie · Équeurdreville-Hainneville (Cherbourg-en-Cotentin) · à 40 m');
  });

  it('writes French "de" before town names the French way', () => {
    expect(['Valognes', 'Équeurdreville', 'Le Ham', 'Les Pieux', 'La Hague', 'Héauville'].map(deTown)).toEqual([
      'de Valognes',
      'd’Équeurdreville',
      'du Ham',
      'des Pieux',
      'de La Hague',
      'd’Héauville',
    ]);
  });
});
