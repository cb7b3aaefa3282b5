import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../i18n/I18nContext';
import { CollectivityTerritories } from './CollectivityTerritories';
import { COLLECTIVITY_TERRITORIES_QUERY, SET_COLLECTIVITY_TERRITORY } from './territory-operations';

const COMMUNES = [
  { insee: '50251', name: 'Huberville' },
  { insee: '50588', name: 'Tamerville' },
  { insee: '50615', name: 'Valognes' },
];

const territories = (territory: string[]): MockLink.MockedResponse => ({
  request: { query: COLLECTIVITY_TERRITORIES_QUERY },
  result: {
    data: {
      organizations: [
        { id: 'c1', name: 'Mairie de Valognes', kind: 'COLLECTIVITY', territory },
        { id: 's1', name: 'Ressourcerie du Val de Saire', kind: 'STRUCTURE', territory: ['Octeville'] },
      ],
      territoryCommunes: COMMUNES,
    },
  },
});

const save = (territory: string[], result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: SET_COLLECTIVITY_TERRITORY, variables: { id: 'c1', input: { territory } } },
  result,
});

const renderWith = (mocks: MockLink.MockedResponse[]) =>
  render(
    <MockedProvider mocks={mocks}>
      <I18nProvider lang="fr">
        <CollectivityTerritories />
      </I18nProvider>
    </MockedProvider>,
  );

describe('collectivities’ territories', () => {
  it('adds communes by name (an unknown name refused), removes one, and saves their INSEE codes', async () => {
    renderWith([
      territories(['50615']),
      save(['50588'], {
        data: {
          updateOrganization: { id: 'c1', name: 'Mairie de Valognes', kind: 'COLLECTIVITY', territory: ['50588'] },
        },
      }),
    ]);
    const editor = await screen.findByRole('group', { name: 'Communes de Mairie de Valognes (1)' });
    expect(within(editor).getByText(/Valognes \(50615\)/)).toBeInTheDocument();
    // Only collectivities are edited; other organisations can be made one.
    expect(screen.queryByText(/Octeville/)).toBeNull();
    expect(screen.getByRole('option', { name: 'Ressourcerie du Val de Saire' })).toBeInTheDocument();

    const add = screen.getByLabelText('Ajouter une commune (son nom)');
    await userEvent.type(add, 'Atlantide{Enter}');
    expect(add).toHaveAccessibleDescription(/« Atlantide » n’est pas une commune du Cotentin/);
    expect(within(editor).getAllByRole('listitem')).toHaveLength(1);

    await userEvent.clear(add);
    await userEvent.type(add, 'TAMERVILLE{Enter}');
    expect(await within(editor).findByText(/Tamerville \(50588\)/)).toBeInTheDocument();
    await userEvent.click(within(editor).getByRole('button', { name: 'Retirer Valognes' }));
    expect(within(editor).queryByText(/Valognes \(50615\)/)).toBeNull();
    expect(add).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les communes de Mairie de Valognes' }));
    const status = await screen.findByText('Territoire de Mairie de Valognes enregistré : 1 commune.');
    expect(status).toHaveAttribute('role', 'status');
  });

  it('says which communes the server refused, and that nothing was saved', async () => {
    renderWith([
      territories(['Valognes-Ouest']),
      save(['Valognes-Ouest'], {
        errors: [
          {
            message: 'Not a commune of the territory: Valognes-Ouest.',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'territory',
              problem: 'UNKNOWN_COMMUNE',
              communes: ['Valognes-Ouest'],
            },
          },
        ],
      }),
    ]);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Enregistrer les communes de Mairie de Valognes' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Communes inconnues, rien n’a été enregistré : Valognes-Ouest.',
    );
  });
});
