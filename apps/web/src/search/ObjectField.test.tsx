import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { renderWithApollo } from '../../test/render';
import { OBJECT_CATEGORIES_QUERY, REPORT_UNKNOWN_OBJECT_MUTATION, RESOLVE_OBJECT_QUERY } from '../graphql/operations';
import { MAX_OBJECT_TEXT, ObjectField, type ObjectValue } from './ObjectField';

const ASBESTOS = 'dechets_dangereux_de_pmcb_produits_et_materiaux_de_construction_du_batiment';
const ADVICE = 'Faites-les retirer par une entreprise certifiée.';

function match(id: string, label: string, confidence: string, hazard: { channel: string; advice: string } | null) {
  return {
    __typename: 'SubcategoryMatch',
    score: confidence === 'LOW' ? 0.2 : 0.95,
    confidence,
    matchedText: label,
    subcategory: {
      __typename: 'Subcategory',
      id,
      label,
      category: { __typename: 'Category', id: 'materiau_de_construction_du_batiment', label: 'Matériau' },
      hazard: hazard && { __typename: 'Hazard', ...hazard },
    },
  };
}

const resolveMock = (text: string, matches: unknown[]) => ({
  request: { query: RESOLVE_OBJECT_QUERY, variables: { text, lang: 'FR', first: 6 } },
  result: { data: { resolveObject: matches } },
});

const categoriesMock = {
  request: { query: OBJECT_CATEGORIES_QUERY, variables: { lang: 'FR' } },
  result: {
    data: {
      categories: [
        {
          __typename: 'Category',
          id: 'mobilier_et_decoration',
          label: 'Mobilier et décoration',
          subcategories: [{ __typename: 'Subcategory', id: 'meuble', label: 'Meuble' }],
        },
      ],
    },
  },
};

function Harness({ onValue }: { onValue?(value: ObjectValue): void }) {
  const [value, setValue] = useState<ObjectValue>({ text: '', subcategories: [] });
  return (
    <ObjectField
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue?.(next);
      }}
    />
  );
}

async function type(text: string) {
  fireEvent.change(screen.getByRole('combobox'), { target: { value: text } });
  await act(() => new Promise((resolve) => setTimeout(resolve, 250)));
}

describe('ObjectField', () => {
  it('never lets more than 200 characters be typed', () => {
    renderWithApollo(<Harness />, { mocks: [] });
    expect(screen.getByRole('combobox')).toHaveAttribute('maxLength', String(MAX_OBJECT_TEXT));
  });

  it('marks an approximate suggestion as such', async () => {
    renderWithApollo(<Harness />, {
      mocks: [resolveMock('bidule fauteuil', [match('meuble', 'Meuble', 'LOW', null)])],
    });
    await type('bidule fauteuil');
    expect(await screen.findByText(/correspondance approximative/)).toBeInTheDocument();
  });

  it('says plainly when nothing fits and lets the resident pick a category', async () => {
    const onValue = jest.fn();
    const reported = jest.fn(() => ({ data: { reportUnknownObject: true } }));
    const reportMock = {
      request: { query: REPORT_UNKNOWN_OBJECT_MUTATION, variables: { text: 'xqzwv', pickedSubcategoryId: 'meuble' } },
      result: reported,
    };
    renderWithApollo(<Harness onValue={onValue} />, { mocks: [resolveMock('xqzwv', []), categoriesMock, reportMock] });
    await type('xqzwv');
    expect(
      await screen.findByText('Nous ne reconnaissons pas « xqzwv ». Choisissez la catégorie la plus proche :'),
    ).toBeInTheDocument();
    const select = await screen.findByRole('combobox', { name: /Nous ne reconnaissons pas/ });
    await screen.findByRole('option', { name: 'Meuble' });
    fireEvent.change(select, { target: { value: 'meuble' } });
    expect(onValue).toHaveBeenLastCalledWith({ text: 'Meuble', subcategories: ['meuble'] });
    await waitFor(() => expect(reported).toHaveBeenCalledTimes(1));
  });

  it('tells where a hazardous object goes once it is picked', async () => {
    const hazard = { channel: 'SPECIALIST', advice: ADVICE };
    renderWithApollo(<Harness />, {
      mocks: [resolveMock('amiante', [match(ASBESTOS, 'Déchets dangereux du bâtiment', 'HIGH', hazard)])],
    });
    await type('amiante');
    fireEvent.mouseDown(await screen.findByRole('option', { name: /Déchets dangereux du bâtiment/ }));
    expect(await screen.findByRole('note')).toHaveTextContent(/pas de réemploi.*entreprise certifiée/);
  });
});
