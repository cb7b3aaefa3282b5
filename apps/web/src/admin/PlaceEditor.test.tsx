import { fireEvent, screen, within } from '@testing-library/react';
import { managedPlace, taxonomyMocks } from '../../test/admin-mocks';
import { frenchLeftIn } from '../../test/french-left';
import { renderWithApollo } from '../../test/render';
import { MANAGED_PLACE_QUERY, PLACE_HISTORY_QUERY, UPDATE_PLACE_MUTATION, type Viewer } from './admin-operations';
import { PlaceEditor } from './PlaceEditor';

const editor: Viewer = {
  role: 'EDITOR',
  organizationId: null,
  user: { id: 'u-1', email: 'editor@example.org', name: null },
};

const history = {
  request: { query: PLACE_HISTORY_QUERY, variables: { id: 'mp-1' } },
  result: {
    data: {
      placeHistory: [
        {
          __typename: 'PlaceHistoryEvent',
          id: 'e-2',
          at: '2024-03-05T10:00:00.000Z',
          action: 'UPDATE',
          actor: { __typename: 'AuditActor', type: 'USER', email: 'editor@example.org', sourceName: null },
          changes: [{ __typename: 'FieldChange', field: 'homeService', before: false, after: true }],
          version: 3,
          note: null,
        },
        {
          __typename: 'PlaceHistoryEvent',
          id: 'e-1',
          at: '2024-03-01T09:00:00.000Z',
          action: 'CREATE',
          actor: { __typename: 'AuditActor', type: 'IMPORT', email: null, sourceName: null },
          changes: [],
          version: 1,
          note: null,
        },
      ],
    },
  },
};

function renderEditor(lang: 'fr' | 'en') {
  const apiLang = lang === 'en' ? 'EN' : 'FR';
  return renderWithApollo(<PlaceEditor id="mp-1" viewer={editor} />, {
    lang,
    mocks: [
      {
        request: { query: MANAGED_PLACE_QUERY, variables: { id: 'mp-1', lang: apiLang } },
        result: { data: { managedPlace: managedPlace(apiLang) } },
      },
      history,
      ...taxonomyMocks(apiLang),
    ],
  });
}

describe('place editor', () => {
  it('speaks English to English readers, with no French label left', async () => {
    const { container } = renderEditor('en');

    expect(await screen.findByRole('heading', { name: 'Edit: Ressourcerie du Cotentin' })).toBeInTheDocument();
    expect(screen.getByText('Published')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close the place' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View the public listing' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Ressourcerie du Cotentin');
    expect(screen.getByText('Edited by hand')).toHaveAttribute(
      'title',
      'This value takes precedence over the imported sources.',
    );
    expect(screen.getByRole('button', { name: 'Hand “Name” back to the sources' })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Reuse centre (ressourcerie)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kind of place' })).toHaveValue('RESSOURCERIE');
    expect(screen.getByRole('group', { name: 'Address' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Number and street' })).toHaveValue('12 rue du Port');
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveValue('50100');
    expect(screen.getByRole('textbox', { name: 'Former commune or locality' })).toHaveValue('');
    expect(screen.getByRole('group', { name: 'Position on the map' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Position accuracy' })).toHaveDisplayValue('Address');
    expect(screen.getByRole('group', { name: 'What people can do there' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove the action Give' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add an action' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Comes to people’s homes' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'By appointment only' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Audience' })).toHaveDisplayValue('Individuals');
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();

    const historySection = screen.getByRole('region', { name: 'History' });
    expect(await within(historySection).findByText('Created')).toBeInTheDocument();
    expect(historySection).toHaveTextContent('by an import');
    expect(historySection).toHaveTextContent('by editor@example.org');
    expect(
      within(historySection)
        .getByText(/Comes to people’s homes/)
        .closest('li'),
    ).toHaveTextContent(/^Comes to people’s homes: no → yes$/);

    expect(frenchLeftIn(container)).toEqual([]);
    for (const french of ['Enregistrer', 'Nom', 'Type de lieu', 'Adresse', 'Modifié à la main', 'Historique'])
      expect(screen.queryByText(french)).not.toBeInTheDocument();
  });

  it('keeps French for French readers', async () => {
    renderEditor('fr');

    expect(await screen.findByRole('heading', { name: 'Modifier : Ressourcerie du Cotentin' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nom' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rendre « Nom » aux sources' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Public' })).toHaveDisplayValue('Particuliers');
    const historySection = screen.getByRole('region', { name: 'Historique' });
    expect(await within(historySection).findByText('Création')).toBeInTheDocument();
    expect(historySection).toHaveTextContent('par un import');
    expect(
      within(historySection)
        .getByText(/Se déplace à domicile/)
        .closest('li'),
    ).toHaveTextContent(/^Se déplace à domicile : non → oui$/);
  });

  it('offers no “hand back to the sources” on a place that no source lists', async () => {
    const handMade = managedPlace('FR');
    handMade.place.sources = [];
    handMade.overrides = ['name', 'kind', 'address.street'];
    renderWithApollo(<PlaceEditor id="mp-1" viewer={editor} />, {
      mocks: [
        {
          request: { query: MANAGED_PLACE_QUERY, variables: { id: 'mp-1', lang: 'FR' } },
          result: { data: { managedPlace: handMade } },
        },
        history,
        ...taxonomyMocks('FR'),
      ],
    });

    expect(await screen.findByRole('textbox', { name: 'Nom' })).toHaveValue('Ressourcerie du Cotentin');
    expect(screen.queryByText('Modifié à la main')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /aux sources/ })).not.toBeInTheDocument();
  });

  it('confirms a save once the place has been reloaded at its new version', async () => {
    const before = managedPlace('FR');
    const after = { ...managedPlace('FR'), version: 4, place: { ...before.place, name: 'Ressourcerie du Port' } };
    const load = { request: { query: MANAGED_PLACE_QUERY, variables: { id: 'mp-1', lang: 'FR' } } };
    renderWithApollo(<PlaceEditor id="mp-1" viewer={editor} />, {
      mocks: [
        { ...load, result: { data: { managedPlace: before } } },
        {
          request: {
            query: UPDATE_PLACE_MUTATION,
            variables: { id: 'mp-1', version: 3, fields: { name: 'Ressourcerie du Port' }, lang: 'FR' },
          },
          result: { data: { updatePlace: { __typename: 'PlaceEditPayload', place: after, problems: [] } } },
        },
        { ...load, result: { data: { managedPlace: after } } },
        history,
        { ...history, request: { ...history.request, variables: { id: 'mp-1' } } },
        ...taxonomyMocks('FR'),
      ],
    });

    const name = await screen.findByRole('textbox', { name: 'Nom' });
    fireEvent.change(name, { target: { value: 'Ressourcerie du Port' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Modifications enregistrées.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { name: 'Modifier : Ressourcerie du Port' })).toBeInTheDocument();
  });
});
