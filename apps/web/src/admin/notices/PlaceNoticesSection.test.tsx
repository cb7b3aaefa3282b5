import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApollo } from '../../../test/render';
import { PLACE_NOTICES_QUERY, REMOVE_PLACE_NOTICE_MUTATION } from './notices-operations';
import { PlaceNoticesSection } from './PlaceNoticesSection';

const load = { query: PLACE_NOTICES_QUERY, variables: { id: 'p1' } };
const withNotices = (notices: object[], version: number) => ({
  data: {
    managedPlace: {
      __typename: 'ManagedPlace',
      id: 'p1',
      version,
      place: { __typename: 'Place', id: 'p1', notices },
    },
  },
});
const strike = {
  __typename: 'PlaceNotice',
  id: 'n1',
  kind: 'CLOSURE',
  startsOn: '2026-12-24',
  endsOn: '2026-12-26',
  reason: 'grève',
  message: null,
  openingHours: null,
  seasons: [],
  current: true,
};

describe('notices section of the place editor', () => {
  it('lists the place’s notices in words and removes one', async () => {
    const onChanged = jest.fn().mockResolvedValue(undefined);
    renderWithApollo(<PlaceNoticesSection placeId="p1" dirty={false} onChanged={onChanged} />, {
      lang: 'fr',
      mocks: [
        { request: load, result: withNotices([strike], 3) },
        {
          request: { query: REMOVE_PLACE_NOTICE_MUTATION, variables: { noticeId: 'n1', placeIds: ['p1'] } },
          result: { data: { removePlaceNotice: [{ __typename: 'ManagedPlace', id: 'p1', version: 4 }] } },
        },
        { request: load, result: withNotices([], 4) },
      ],
    });
    const remove = await screen.findByRole('button', {
      name: 'Retirer l’avis « Fermé exceptionnellement du 24 décembre au 26 décembre (grève) »',
    });
    expect(screen.getByText(/Fermeture exceptionnelle/)).toBeInTheDocument();
    await userEvent.click(remove);
    await screen.findByText('Aucun avis en cours ni à venir.');
    expect(onChanged).toHaveBeenCalledWith('Avis retiré.');
  });

  it('opens the form on demand, and waits for unsaved edits of the listing', async () => {
    renderWithApollo(<PlaceNoticesSection placeId="p1" dirty onChanged={jest.fn()} />, {
      lang: 'fr',
      mocks: [{ request: load, result: withNotices([], 3) }],
    });
    const open = screen.getByRole('button', { name: 'Ajouter un avis ou une fermeture' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('Type')).toBeNull();
    await userEvent.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Type')).toBeInTheDocument();
    expect(screen.getByText('Enregistrez d’abord vos modifications de la fiche.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter l’avis' })).toBeDisabled();
  });
});
