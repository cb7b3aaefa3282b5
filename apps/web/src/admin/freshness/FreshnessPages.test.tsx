import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApollo } from '../../../test/render';
import {
  CONFIRM_PLACE_MUTATION,
  DECIDE_PENDING_CLOSURE_MUTATION,
  PENDING_CLOSURES_QUERY,
  PLACES_TO_VERIFY_QUERY,
} from './freshness-operations';
import { managedPlace } from '../../../test/admin-mocks';
import { ConfirmAccuracy } from './ConfirmAccuracy';
import { PendingClosuresPage } from './PendingClosuresPage';
import { ToVerifyPage } from './ToVerifyPage';

const ID = 'a'.repeat(24);

function toVerify(nodes: unknown[]) {
  return {
    request: { query: PLACES_TO_VERIFY_QUERY, variables: { first: 50 } },
    result: {
      data: {
        placesToVerify: {
          __typename: 'ManagedPlaceConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    },
  };
}
const ressourcerie = {
  __typename: 'ManagedPlace',
  id: ID,
  place: {
    __typename: 'Place',
    name: 'Ressourcerie des Pieux',
    slug: 'ressourcerie-des-pieux',
    address: { __typename: 'Address', commune: 'Les Pieux' },
    freshness: {
      __typename: 'Freshness',
      confirmedAt: '2025-03-04T10:00:00.000Z',
      confirmedBy: { __typename: 'Confirmer', type: 'SOURCE', name: 'OpenStreetMap' },
    },
  },
};

describe('« À vérifier » page', () => {
  it('lists places unconfirmed for a year with their last confirmation, and confirms one « Toujours exact »', async () => {
    const confirm = jest.fn(() => ({
      data: {
        confirmPlace: {
          __typename: 'ManagedPlace',
          id: ID,
          version: 4,
          place: {
            __typename: 'Place',
            freshness: { __typename: 'Freshness', status: 'FRESH', confirmedAt: '2026-12-06T06:00:00.000Z' },
          },
        },
      },
    }));
    renderWithApollo(<ToVerifyPage />, {
      mocks: [
        toVerify([ressourcerie]),
        { request: { query: CONFIRM_PLACE_MUTATION, variables: { id: ID } }, result: confirm },
        toVerify([]),
      ],
    });
    const row = (await screen.findByRole('rowheader', { name: /Ressourcerie des Pieux/ })).closest('tr')!;
    expect(within(row).getByText('4 mars 2025, source « OpenStreetMap »')).toBeInTheDocument();
    expect(screen.getByText('1 lieu à vérifier')).toBeInTheDocument();
    fireEvent.click(within(row).getByRole('button', { name: 'Toujours exact : Ressourcerie des Pieux' }));
    expect(await screen.findByText('« Ressourcerie des Pieux » est confirmé.')).toBeInTheDocument();
    expect(await screen.findByText('Aucun lieu à vérifier : tout a été confirmé dans l’année.')).toBeInTheDocument();
    expect(confirm).toHaveBeenCalledTimes(1);
  });
});

const held = {
  __typename: 'PendingClosure',
  id: ID,
  sourceName: 'ADEME LVAO',
  createdAt: '2026-12-05T02:30:00.000Z',
  sourcePlaces: 40,
  places: [
    { __typename: 'HeldPlace', placeId: 'b'.repeat(24), name: 'Atelier vélo', commune: 'Valognes' },
    { __typename: 'HeldPlace', placeId: 'c'.repeat(24), name: 'Repair café', commune: 'Cherbourg-en-Cotentin' },
  ],
};
const closures = (sets: unknown[]) => ({
  request: { query: PENDING_CLOSURES_QUERY, variables: {} },
  result: { data: { pendingClosures: sets } },
});

describe('« Fermetures en attente » page', () => {
  it('shows what a run would close and closes them when staff confirm', async () => {
    const decide = jest.fn(() => ({
      data: { decidePendingClosure: { __typename: 'PendingClosure', id: ID, status: 'CONFIRMED', closed: 2 } },
    }));
    renderWithApollo(<PendingClosuresPage />, {
      mocks: [
        closures([held]),
        {
          request: { query: DECIDE_PENDING_CLOSURE_MUTATION, variables: { id: ID, decision: 'CONFIRM' } },
          result: decide,
        },
        closures([]),
      ],
    });
    const set = await screen.findByRole('region', {
      name: 'ADEME LVAO — import du 5 décembre 2026 : 2 lieux sur 40 fermeraient.',
    });
    expect(within(set).getByRole('link', { name: 'Atelier vélo' })).toHaveAttribute(
      'href',
      `/admin/lieux/${'b'.repeat(24)}`,
    );
    fireEvent.click(within(set).getByRole('button', { name: 'Fermer ces 2 lieux' }));
    expect(await screen.findByText('2 lieux fermés.')).toBeInTheDocument();
    expect(await screen.findByText('Aucune fermeture en attente.')).toBeInTheDocument();
    expect(decide).toHaveBeenCalledTimes(1);
  });

  it('keeps them open when staff dismiss', async () => {
    const decide = jest.fn(() => ({
      data: { decidePendingClosure: { __typename: 'PendingClosure', id: ID, status: 'DISMISSED', closed: null } },
    }));
    renderWithApollo(<PendingClosuresPage />, {
      mocks: [
        closures([held]),
        {
          request: { query: DECIDE_PENDING_CLOSURE_MUTATION, variables: { id: ID, decision: 'DISMISS' } },
          result: decide,
        },
        closures([]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Écarter, les laisser ouverts' }));
    expect(await screen.findByText('Fermetures écartées : les lieux restent ouverts.')).toBeInTheDocument();
    expect(decide).toHaveBeenCalledTimes(1);
  });
});

describe('« Toujours exact » on a place’s editor', () => {
  it('shows the last confirmation, the « À vérifier » badge after a year, and confirms in one click', async () => {
    const place = managedPlace('FR');
    const stale = {
      ...place,
      place: {
        ...place.place,
        freshness: {
          __typename: 'Freshness',
          status: 'TO_VERIFY',
          confirmedAt: '2025-03-04T10:00:00.000Z',
          confirmedBy: { __typename: 'Confirmer', type: 'STRUCTURE', name: 'Ressourcerie du Cotentin' },
        },
      },
    };
    const confirm = jest.fn(() => ({
      data: {
        confirmPlace: {
          __typename: 'ManagedPlace',
          id: place.id,
          version: 4,
          place: {
            __typename: 'Place',
            freshness: { __typename: 'Freshness', status: 'FRESH', confirmedAt: '2026-12-06T06:00:00.000Z' },
          },
        },
      },
    }));
    const onConfirmed = jest.fn(async () => undefined);
    renderWithApollo(<ConfirmAccuracy managed={stale as never} onConfirmed={onConfirmed} />, {
      mocks: [{ request: { query: CONFIRM_PLACE_MUTATION, variables: { id: place.id } }, result: confirm }],
    });
    expect(screen.getByText('À vérifier')).toBeInTheDocument();
    expect(
      screen.getByText('Dernière confirmation : 4 mars 2025, structure « Ressourcerie du Cotentin »'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Toujours exact' }));
    await waitFor(() => expect(onConfirmed).toHaveBeenCalledTimes(1));
    expect(confirm).toHaveBeenCalledTimes(1);
  });
});
