import { screen } from '@testing-library/react';
import { taxonomyMocks } from '../../test/admin-mocks';
import { renderWithApollo } from '../../test/render';
import { PLACE_QUERY, type ApiLang } from '../graphql/operations';
import { PlacePage } from './PlacePage';

const FR = 'Communauté Emmaüs : dépôt des dons et boutique, grandes ventes saisonnières.';
const EN = 'Communauté Emmaüs: depot and shop, large seasonal sales.';

function emmaus(lang: ApiLang, { english = true } = {}) {
  return {
    __typename: 'Place',
    id: 'p1',
    slug: 'emmaus-cotentin',
    name: 'Emmaüs Cotentin',
    kind: 'RESSOURCERIE',
    address: {
      __typename: 'Address',
      street: null,
      postcode: '50120',
      commune: 'Cherbourg-en-Cotentin',
      locality: 'Équeurdreville-Hainneville',
      inseeCode: '50129',
    },
    location: { __typename: 'GeoPoint', lat: 49.6486, lng: -1.6561 },
    locationPrecision: 'COMMUNE',
    locationUncertaintyMeters: 2000,
    distanceMeters: null,
    openNow: true,
    nextChangeAt: null,
    offers: [],
    labels: [],
    homeService: false,
    appointmentOnly: false,
    isDemo: true,
    description: lang === 'EN' && english ? EN : FR,
    descriptionFr: FR,
    openingHours: 'Tu-Sa 09:30-12:00,14:00-17:30; PH off',
    hoursAreIllustrative: true,
    weekHours: [],
    audience: null,
    accessibility: null,
    contact: { __typename: 'Contact', phone: null, email: null, website: null },
    sources: [
      {
        __typename: 'PlaceSource',
        name: 'Réemploi — données de démonstration (Cotentin)',
        licence:
          lang === 'EN'
            ? 'Demo data compiled from public press and web pages'
            : 'Données de démonstration compilées à partir d’articles de presse',
        attribution: null,
        url: null,
        lastSeenAt: null,
      },
    ],
    status: 'PUBLISHED',
    updatedAt: '2026-12-01T10:00:00.000Z',
  };
}

function renderPlace(lang: 'fr' | 'en', options?: { english?: boolean }) {
  const apiLang: ApiLang = lang === 'en' ? 'EN' : 'FR';
  renderWithApollo(<PlacePage slug="emmaus-cotentin" />, {
    lang,
    mocks: [
      {
        request: { query: PLACE_QUERY, variables: { slug: 'emmaus-cotentin', lang: apiLang } },
        result: { data: { place: emmaus(apiLang, options) } },
      },
      ...taxonomyMocks(apiLang),
    ],
  });
}

describe('place page', () => {
  it('reads in French on French pages: description, licence, illustrative hours, commune-level position', async () => {
    renderPlace('fr');
    expect(await screen.findByText(FR)).toBeInTheDocument();
    expect(screen.getByText(/Licence : Données de démonstration/)).toBeInTheDocument();
    expect(screen.getByText('Horaires indicatifs (données de démonstration)')).toBeInTheDocument();
    expect(
      screen.getByText(/dans la commune d’Équeurdreville-Hainneville \(Cherbourg-en-Cotentin\)/),
    ).toBeInTheDocument();
  });

  it('reads in English on English pages when we have the English text', async () => {
    renderPlace('en');
    expect(await screen.findByText(EN)).not.toHaveAttribute('lang');
    expect(screen.getByText(/Licence: Demo data compiled/)).toBeInTheDocument();
    expect(screen.getByText('Indicative hours (demo data)')).toBeInTheDocument();
    expect(screen.getByText(/somewhere in Équeurdreville-Hainneville/)).toBeInTheDocument();
  });

  it('marks a description we only have in French as French on English pages', async () => {
    renderPlace('en', { english: false });
    expect(await screen.findByText(FR)).toHaveAttribute('lang', 'fr');
  });
});
