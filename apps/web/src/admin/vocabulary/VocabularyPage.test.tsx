import { fireEvent, screen, within } from '@testing-library/react';
import { taxonomyMocks } from '../../../test/admin-mocks';
import { renderWithApollo } from '../../../test/render';
import { VocabularyPage } from './VocabularyPage';
import {
  ADD_OBJECT_SYNONYM_MUTATION,
  REMOVE_OBJECT_SYNONYM_MUTATION,
  UNKNOWN_OBJECTS_QUERY,
} from './vocabulary-operations';

const meuble = { __typename: 'Subcategory', id: 'meuble', label: 'Meuble' };

function listMock(unknown: unknown[], synonyms: unknown[]) {
  return {
    request: { query: UNKNOWN_OBJECTS_QUERY, variables: { lang: 'FR' } },
    result: { data: { unknownObjectQueries: unknown, objectSynonyms: synonyms } },
  };
}

const trucmuche = {
  __typename: 'UnknownObjectQuery',
  text: 'trucmuche',
  count: 3,
  lastSeenAt: '2026-12-05T10:00:00.000Z',
  picked: [{ __typename: 'SubcategoryCount', count: 2, subcategory: meuble }],
};
const synonym = {
  __typename: 'ObjectSynonym',
  id: 'a'.repeat(24),
  term: 'trucmuche',
  createdAt: '2026-12-06T10:00:00.000Z',
  subcategory: meuble,
};

describe('object vocabulary page', () => {
  it('lists what residents typed without a match and adds it as a synonym of the category they picked', async () => {
    const add = jest.fn(() => ({
      data: { addObjectSynonym: { __typename: 'ObjectSynonym', id: synonym.id, term: 'trucmuche' } },
    }));
    renderWithApollo(<VocabularyPage />, {
      mocks: [
        listMock([trucmuche], []),
        {
          request: { query: ADD_OBJECT_SYNONYM_MUTATION, variables: { term: 'trucmuche', subcategoryId: 'meuble' } },
          result: add,
        },
        listMock([], [synonym]),
        ...taxonomyMocks('FR'),
      ],
    });
    const row = (await screen.findByRole('rowheader', { name: 'trucmuche' })).closest('tr')!;
    expect(within(row).getByText('Meuble (2)')).toBeInTheDocument();
    await within(row).findByRole('option', { name: 'Meuble' });
    expect(within(row).getByRole('combobox')).toHaveValue('meuble');
    fireEvent.click(within(row).getByRole('button', { name: 'Ajouter' }));
    expect(await screen.findByText(/« trucmuche » → Meuble/)).toBeInTheDocument();
    expect(add).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Aucune recherche sans résultat pour l’instant.')).toBeInTheDocument();
  });

  it('removes a synonym', async () => {
    const remove = jest.fn(() => ({ data: { removeObjectSynonym: true } }));
    renderWithApollo(<VocabularyPage />, {
      mocks: [
        listMock([], [synonym]),
        { request: { query: REMOVE_OBJECT_SYNONYM_MUTATION, variables: { id: synonym.id } }, result: remove },
        listMock([], []),
        ...taxonomyMocks('FR'),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer « trucmuche »' }));
    expect(await screen.findByText('Aucun synonyme ajouté.')).toBeInTheDocument();
    expect(remove).toHaveBeenCalledTimes(1);
  });
});
