import { screen, within } from '@testing-library/react';
import { renderWithApollo } from '../../test/render';
import { OBJECT_PAGE_QUERY } from './object-page-operations';
import { ObjectPage, objectTextOf } from './ObjectPage';

function pageMock(text: string, lang: 'FR' | 'EN', match: unknown | null) {
  return {
    request: { query: OBJECT_PAGE_QUERY, variables: { text, lang } },
    result: { data: { resolveObject: match ? [match] : [] } },
  };
}

function match(id: string, label: string, options: { reusePossible: boolean; hazard?: string; actions: string[] }) {
  return {
    __typename: 'SubcategoryMatch',
    confidence: 'HIGH',
    matchedText: label,
    suggestedActions: options.actions,
    subcategory: {
      __typename: 'Subcategory',
      id,
      label,
      reusePossible: options.reusePossible,
      category: { __typename: 'Category', id: 'c', label: 'Mobilier et décoration' },
      hazard: options.hazard ? { __typename: 'Hazard', channel: 'SPECIALIST', advice: options.hazard } : null,
    },
  };
}

const sofa = match('meuble', 'Meuble', { reusePossible: true, actions: ['DONATE', 'REPAIR', 'SELL', 'DROP_OFF'] });

describe('object page /que-faire/<objet>', () => {
  it('reads the object from the link', () => {
    expect(objectTextOf('canape-d-angle')).toBe('canape d angle');
    expect(objectTextOf('t%C3%A9l%C3%A9')).toBe('télé');
    expect(objectTextOf('%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('gives the good-condition and broken routes, each linking to the nearest places for that action', async () => {
    renderWithApollo(<ObjectPage slug="canape" />, { mocks: [pageMock('canape', 'FR', sofa)] });
    expect(screen.getByRole('heading', { level: 1, name: 'Que faire de « canape » ?' })).toBeInTheDocument();
    const good = await screen.findByRole('region', { name: 'En bon état' });
    expect(within(good).getByRole('link', { name: 'Donner : lieux les plus proches' })).toHaveAttribute(
      'href',
      '/recherche?action=donate&q=canape&sub=meuble',
    );
    const broken = screen.getByRole('region', { name: 'Cassé ou en panne' });
    expect(
      within(broken)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/recherche?action=repair&q=canape&sub=meuble', '/recherche?action=drop_off&q=canape&sub=meuble']);
  });

  it('sends a hazardous object to its channel only, in English on English pages', async () => {
    const asbestos = match('dechets_dangereux', 'Hazardous building waste', {
      reusePossible: false,
      hazard: 'Have it removed by a certified company.',
      actions: ['DROP_OFF'],
    });
    renderWithApollo(<ObjectPage slug="amiante" />, { lang: 'en', mocks: [pageMock('amiante', 'EN', asbestos)] });
    const hazard = await screen.findByRole('region', { name: 'Hazardous object: not for reuse' });
    expect(hazard).toHaveTextContent('certified company');
    expect(within(hazard).getAllByRole('link')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'In good condition' })).not.toBeInTheDocument();
  });

  it('says plainly when the object is not recognised', async () => {
    renderWithApollo(<ObjectPage slug="xqzwv" />, { mocks: [pageMock('xqzwv', 'FR', null)] });
    expect(await screen.findByText('Nous ne reconnaissons pas « xqzwv ».')).toBeInTheDocument();
  });
});
