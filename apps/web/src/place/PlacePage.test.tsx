import { screen } from '@testing-library/react';
import { taxonomyMocks } from '../../test/admin-mocks';
import { renderWithApollo } from '../../test/render';
import { PLACE_QUERY, type ApiLang } from '../graphql/operations';
import { PlacePage } from './PlacePage';

const FR = 'Communauté Emmaüs : dépôt des dons et boutique, grandes ventes saisonnières.';
const EN = 'Communauté Emmaüs: depot and shop, large seasonal sales.';

type Freshness = { status: 'FRESH' | 'TO_VERIFY'; confirmedAt: string; type: string; name: string | null };
const FRESH: Freshness = {
  status: 'FRESH',
  confirmedAt: '2026-11-20T10:00:00.000Z',
  type: 'SOURCE',
  name: 'Réemploi — données de démonstration (Cotentin)',
};

function emmaus(
  lang: ApiLang,
  { english = true, freshness = FRESH }: { english?: boolean; freshness?: Freshness } = {},
) {
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
    notices: [],
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
    freshness: {
      __typename: 'Freshness',
      status: freshness.status,
      confirmedAt: freshness.confirmedAt,
      confirmedBy: { __typename: 'Confirmer', type: freshness.type, name: freshness.name },
    },
    status: 'PUBLISHED',
    updatedAt: '2026-12-01T10:00:00.000Z',
  };
}

function renderPlace(lang: 'fr' | 'en', options?: { english?: boolean; freshness?: Freshness }) {
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

  it('links to the printable guide of the place’s commune', async () => {
    renderPlace('fr');
    expect(await screen.findByRole('link', { name: 'Imprimer le guide de Cherbourg-en-Cotentin' })).toHaveAttribute(
      'href',
      '/guide/50129.pdf',
    );
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

  it('says when and by whom the listing was last confirmed, without a badge while it is fresh', async () => {
    renderPlace('fr');
    expect(
      await screen.findByText(
        'Informations confirmées le 20 novembre 2026 par la source « Réemploi — données de démonstration (Cotentin) ».',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('À vérifier')).not.toBeInTheDocument();
  });

  it('marks a place unconfirmed for a year « À vérifier » and asks residents to call first', async () => {
    const old = {
      status: 'TO_VERIFY' as const,
      confirmedAt: '2025-06-02T08:00:00.000Z',
      type: 'STRUCTURE',
      name: 'Emmaüs',
    };
    renderPlace('fr', { freshness: old });
    expect(await screen.findByText('À vérifier')).toBeInTheDocument();
    expect(
      screen.getByText(/n’ont pas été confirmées depuis plus d’un an : appelez avant de vous déplacer/),
    ).toBeInTheDocument();
    expect(screen.getByText('Informations confirmées le 2 juin 2025 par la structure (Emmaüs).')).toBeInTheDocument();
  });

  it('says « To be checked » on English pages, and names no person for a staff confirmation', async () => {
    const old = { status: 'TO_VERIFY' as const, confirmedAt: '2025-06-02T08:00:00.000Z', type: 'STAFF', name: null };
    renderPlace('en', { freshness: old });
    expect(await screen.findByText('To be checked')).toBeInTheDocument();
    expect(screen.getByText('Information confirmed on 2 June 2025 by the Réemploi team.')).toBeInTheDocument();
  });
});
