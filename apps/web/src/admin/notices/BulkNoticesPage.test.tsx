import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { taxonomyMocks } from '../../../test/admin-mocks';
import { navigate } from '../../app/router';
import { renderWithApollo } from '../../../test/render';
import { BulkNoticesPage } from './BulkNoticesPage';
import { communeList, emptyNoticeForm, noticeInput } from './notice-form';
import { ADD_PLACE_NOTICE_MUTATION } from './notices-operations';

const closure = { kind: 'CLOSURE', startsOn: '2026-12-24', endsOn: '2026-12-26', reason: 'grève' };
const request = (notice: object, target: object = { placeIds: [], kinds: ['RECYCLING_CENTRE'], communes: [] }) => ({
  query: ADD_PLACE_NOTICE_MUTATION,
  variables: { target, notice },
});
const payload = (names: string[]) => ({
  data: {
    addPlaceNotice: {
      __typename: 'PlaceNoticesPayload',
      notice: { __typename: 'PlaceNotice', id: 'n1' },
      places: names.map((name, i) => ({
        __typename: 'ManagedPlace',
        id: `p${i}`,
        version: 2,
        place: { __typename: 'Place', id: `p${i}`, name },
      })),
    },
  },
});

afterEach(() => navigate('/'));

async function fillClosure(startsOn: string, endsOn: string) {
  await userEvent.type(screen.getByLabelText(/^Du/), startsOn);
  await userEvent.type(screen.getByLabelText(/^Au \(inclus\)/), endsOn);
  await userEvent.type(screen.getByLabelText(/^Motif, montré aux usagers/), 'grève');
  await userEvent.click(screen.getByRole('button', { name: 'Ajouter l’avis' }));
}

describe('notice on several places at once', () => {
  it('closes every déchèterie the staff may edit and lists them', async () => {
    const added = {
      request: request(closure),
      result: {
        data: {
          addPlaceNotice: {
            __typename: 'PlaceNoticesPayload',
            notice: { __typename: 'PlaceNotice', id: 'n1' },
            places: ['Déchèterie de Valognes', 'Déchèterie des Pieux'].map((name, i) => ({
              __typename: 'ManagedPlace',
              id: `p${i}`,
              version: 2,
              place: { __typename: 'Place', id: `p${i}`, name },
            })),
          },
        },
      },
    };
    renderWithApollo(<BulkNoticesPage />, { lang: 'fr', mocks: [added, ...taxonomyMocks('FR')] });
    expect(await screen.findByRole('checkbox', { name: /Déchèterie|Recycling centre/i })).toBeChecked();
    await fillClosure('2026-12-24', '2026-12-26');
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Avis ajouté à 2 lieux.');
    expect(status).toHaveTextContent('Déchèterie des Pieux');
  });

  it('says in words why the API refused and ties it to the field', async () => {
    const refused = {
      request: request({ ...closure, startsOn: '2026-12-26', endsOn: '2026-12-24' }),
      result: {
        errors: [
          {
            message: 'It ends (2026-12-24) before it starts (2026-12-26).',
            extensions: { code: 'BAD_USER_INPUT', field: 'endsOn', problem: 'ENDS_BEFORE_START' },
          },
        ],
      },
    };
    renderWithApollo(<BulkNoticesPage />, { lang: 'fr', mocks: [refused, ...taxonomyMocks('FR')] });
    await fillClosure('2026-12-26', '2026-12-24');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'L’avis n’a pas été enregistré : la date de fin est avant la date de début.',
    );
    expect(screen.getByLabelText(/^Au \(inclus\)/)).toHaveAccessibleDescription(/la date de fin est avant/);
  });
});

describe('notice on the places chosen in the list', () => {
  it('goes to the chosen places, with no kind ticked to start with', async () => {
    const id = '65a1b2c3d4e5f60718293a4b';
    navigate(`/admin/avis?lieux=${id},not-an-id`);
    const added = {
      request: request(closure, { placeIds: [id], kinds: [], communes: [] }),
      result: payload(['Ressourcerie']),
    };
    renderWithApollo(<BulkNoticesPage />, { lang: 'fr', mocks: [added, ...taxonomyMocks('FR')] });
    expect(screen.getByText('Le lieu choisi dans la liste.')).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: /Déchèterie|Recycling centre/i })).not.toBeChecked();
    await fillClosure('2026-12-24', '2026-12-26');
    expect(await screen.findByRole('status')).toHaveTextContent('Avis ajouté.');
  });
});

describe('notice form', () => {
  it('sends only the fields of the chosen kind, and seasons that have hours', () => {
    const form = { ...emptyNoticeForm, startsOn: '2026-12-24', endsOn: '2026-12-26', reason: ' grève ', message: 'x' };
    expect(noticeInput(form)).toEqual(closure);
    const seasons = emptyNoticeForm.seasons.map((s, i) => ({
      ...s,
      openingHours: i === 0 ? 'Mo-Sa 08:00-19:00' : ' ',
    }));
    expect(noticeInput({ ...emptyNoticeForm, kind: 'SEASONAL_HOURS', seasons })).toEqual({
      kind: 'SEASONAL_HOURS',
      seasons: [{ from: '04-01', to: '09-30', openingHours: 'Mo-Sa 08:00-19:00' }],
    });
  });

  it('reads communes one a line or separated by commas', () => {
    expect(communeList('Valognes\n50129, Les Pieux;;Valognes\n ')).toEqual(['Valognes', '50129', 'Les Pieux']);
  });
});
