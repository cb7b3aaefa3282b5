import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApollo } from '../../../test/render';
import { MANAGED_EVENTS_QUERY, UPDATE_EVENT_MUTATION } from './events-admin-operations';
import { EventsAdminPage, repeatOf } from './EventsAdminPage';

const repairCafe = {
  __typename: 'Event',
  id: 'e1',
  title: 'Repair café du samedi',
  kind: 'REPAIR_CAFE',
  startsAt: '2027-01-09T14:00',
  endsAt: '2027-01-09T17:00',
  recurrence: 'FREQ=MONTHLY;BYDAY=+2SA;COUNT=12',
  capacity: 12,
  bookingUrl: 'https://example.fr/reserver',
  description: null,
  actions: ['REPAIR'],
  subcategories: ['velo'],
  place: { __typename: 'Place', id: 'p1' },
  venue: { __typename: 'EventVenue', name: 'Ressourcerie du port', commune: 'Cherbourg-en-Cotentin' },
};
const listed = (events: object[]) => ({
  request: { query: MANAGED_EVENTS_QUERY },
  result: {
    data: {
      managedEvents: events,
      managedPlaces: {
        __typename: 'ManagedPlaceConnection',
        nodes: [
          {
            __typename: 'ManagedPlace',
            id: 'p1',
            place: { __typename: 'Place', id: 'p1', name: 'Ressourcerie du port' },
          },
        ],
      },
    },
  },
});
const edited = {
  title: 'Repair café (salle 2)',
  kind: 'REPAIR_CAFE',
  placeId: 'p1',
  startsAt: '2027-01-09T14:00',
  endsAt: '2027-01-09T17:00',
  recurrence: 'FREQ=MONTHLY;BYDAY=2SA;COUNT=12',
  capacity: 12,
  bookingUrl: 'https://example.fr/reserver',
  description: null,
  actions: ['REPAIR'],
  subcategories: ['velo'],
};

describe('events page of the back-office: editing', () => {
  it('fills the form with the event, saves it with updateEvent keeping what the form does not show', async () => {
    renderWithApollo(<EventsAdminPage />, {
      lang: 'fr',
      mocks: [
        listed([repairCafe]),
        {
          request: { query: UPDATE_EVENT_MUTATION, variables: { id: 'e1', input: edited } },
          result: { data: { updateEvent: { __typename: 'Event', id: 'e1', version: 2 } } },
        },
        listed([{ ...repairCafe, title: 'Repair café (salle 2)' }]),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier « Repair café du samedi »' }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Modifier « Repair café du samedi »' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByLabelText('Titre')).toHaveValue('Repair café du samedi');
    expect(screen.getByLabelText('Répétition')).toHaveValue('MONTHLY');
    expect(screen.getByLabelText('Nombre de dates (avec la première)')).toHaveValue(12);

    await userEvent.clear(screen.getByLabelText('Titre'));
    await userEvent.type(screen.getByLabelText('Titre'), 'Repair café (salle 2)');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    await screen.findByText('Événement modifié : l’agenda et les calendriers abonnés suivent.');
    expect(screen.getByRole('status')).toHaveTextContent('Événement modifié');
    // Back to publishing a new one.
    expect(screen.getByRole('heading', { level: 2, name: 'Publier un événement' })).toBeInTheDocument();
    await screen.findByText('Repair café (salle 2)');
  });

  it('refuses what creation refuses, with the same messages tied to their fields, and sends nothing', async () => {
    renderWithApollo(<EventsAdminPage />, { lang: 'fr', mocks: [listed([repairCafe])] });
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier « Repair café du samedi »' }));
    await userEvent.clear(screen.getByLabelText('Titre'));
    await userEvent.clear(screen.getByLabelText('Fin (heure de Paris)'));
    await userEvent.type(screen.getByLabelText('Fin (heure de Paris)'), '2027-01-09T13:00');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Corrigez les champs signalés.');
    expect(screen.getByLabelText('Titre')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Titre')).toHaveAccessibleDescription('Donnez un titre à l’événement.');
    expect(screen.getByLabelText('Fin (heure de Paris)')).toHaveAccessibleDescription(
      'La fin doit venir après le début.',
    );

    // Publishing checks the same way.
    await userEvent.click(screen.getByRole('button', { name: 'Abandonner la modification' }));
    await userEvent.click(screen.getByRole('button', { name: 'Publier' }));
    expect(screen.getByLabelText('Titre')).toHaveAccessibleDescription('Donnez un titre à l’événement.');
    expect(screen.getByLabelText('Début (heure de Paris)')).toHaveAccessibleDescription(
      'Indiquez le début (date et heure).',
    );
  });

  it('shows the API’s refusal under the field it names, in English too', async () => {
    renderWithApollo(<EventsAdminPage />, {
      lang: 'en',
      mocks: [
        listed([repairCafe]),
        {
          request: {
            query: UPDATE_EVENT_MUTATION,
            variables: {
              id: 'e1',
              input: { ...edited, title: 'Repair café du samedi', bookingUrl: 'http://example.fr' },
            },
          },
          result: {
            errors: [
              {
                message: 'bookingUrl must be an https:// link.',
                extensions: { code: 'BAD_USER_INPUT', field: 'bookingUrl' },
              },
            ],
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit “Repair café du samedi”' }));
    const booking = screen.getByLabelText(/Booking link/);
    await userEvent.clear(booking);
    await userEvent.type(booking, 'http://example.fr');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('bookingUrl must be an https:// link.');
    expect(booking).toHaveAccessibleDescription('bookingUrl must be an https:// link.');
    // Still editing: nothing was saved.
    expect(screen.getByRole('heading', { level: 2, name: 'Edit “Repair café du samedi”' })).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getByText('Repair café du samedi')).toBeInTheDocument();
  });

  it('keeps a rule the form does not write, and reads back its own', () => {
    expect(repeatOf('FREQ=MONTHLY;BYDAY=+2SA;COUNT=12', '2027-01-09T14:00')).toEqual({
      repeat: 'MONTHLY',
      count: '12',
    });
    expect(repeatOf('FREQ=WEEKLY;COUNT=3', '2027-01-09T14:00')).toEqual({ repeat: 'WEEKLY', count: '3' });
    expect(repeatOf('FREQ=DAILY;COUNT=3', '2027-01-09T14:00').repeat).toBe('KEEP');
    expect(repeatOf(null, '2027-01-09T14:00').repeat).toBe('NONE');
  });
});
