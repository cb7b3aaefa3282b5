import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../../test/render';
import type { PlaceFacets } from '../graphql/operations';
import { emptySearch } from '../search/search-state';
import { Filters } from './Filters';

const labels = {
  actionLabel: (id: string) => ({ DONATE: 'Donner', REPAIR: 'Faire réparer', DROP_OFF: 'Déposer' })[id] ?? id,
  kindLabel: (id: string) =>
    ({ RESSOURCERIE: 'Ressourcerie', RECYCLING_CENTRE: 'Déchèterie', REPAIR_CAFE: 'Repair café' })[id] ?? id,
  labelName: (id: string) => ({ ess: 'ESS', siae: 'Insertion' })[id] ?? id,
};

const facets: PlaceFacets = {
  actions: [
    { value: 'DONATE', count: 4 },
    { value: 'DROP_OFF', count: 13 },
    { value: 'REPAIR', count: 1 },
  ],
  kinds: [
    { value: 'RECYCLING_CENTRE', count: 13 },
    { value: 'RESSOURCERIE', count: 1 },
    { value: 'REPAIR_CAFE', count: 0 },
  ],
  labels: [
    { value: 'ess', count: 5 },
    { value: 'siae', count: 0 },
  ],
};

describe('Filters', () => {
  it('shows the number of places behind each choice', () => {
    renderWithI18n(<Filters state={emptySearch} facets={facets} labels={labels} showRadius onChange={jest.fn()} />);
    expect(screen.getByRole('checkbox', { name: 'Déposer (13)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Donner (4)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'ESS (5)' })).toBeInTheDocument();
  });

  it('hides choices that would give nothing, unless already chosen', () => {
    const { rerender } = renderWithI18n(
      <Filters state={emptySearch} facets={facets} labels={labels} showRadius onChange={jest.fn()} />,
    );
    expect(screen.queryByRole('checkbox', { name: /Repair café/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Insertion/ })).not.toBeInTheDocument();
    rerender(
      <Filters
        state={{ ...emptySearch, labels: ['siae'] }}
        facets={facets}
        labels={labels}
        showRadius
        onChange={jest.fn()}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Insertion (0)' })).toBeChecked();
  });

  it('adds and removes filters, and clears them all', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    const state = { ...emptySearch, actions: ['DONATE' as const], kinds: ['RESSOURCERIE' as const] };
    renderWithI18n(<Filters state={state} facets={facets} labels={labels} showRadius onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Déposer (13)' }));
    expect(onChange).toHaveBeenLastCalledWith({ actions: ['DONATE', 'DROP_OFF'] });
    await user.click(screen.getByRole('checkbox', { name: 'Ressourcerie (1)' }));
    expect(onChange).toHaveBeenLastCalledWith({ kinds: [] });
    await user.click(screen.getByRole('checkbox', { name: 'Ouvert maintenant' }));
    expect(onChange).toHaveBeenLastCalledWith({ openNow: true });
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(onChange).toHaveBeenLastCalledWith({ actions: [], kinds: [], labels: [], openNow: false });
  });

  it('changes the distance only where a search point exists', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    const { rerender } = renderWithI18n(
      <Filters state={emptySearch} facets={facets} labels={labels} showRadius onChange={onChange} />,
    );
    await user.selectOptions(screen.getByLabelText('Distance maximale'), '25');
    expect(onChange).toHaveBeenLastCalledWith({ radiusKm: 25 });
    rerender(<Filters state={emptySearch} facets={facets} labels={labels} showRadius={false} onChange={onChange} />);
    expect(screen.queryByLabelText('Distance maximale')).not.toBeInTheDocument();
  });
});

describe('Filters: main actions', () => {
  it('keeps the main actions visible at zero, so "donate" can still be chosen', () => {
    renderWithI18n(
      <Filters
        state={emptySearch}
        facets={{ ...facets, actions: [{ value: 'DROP_OFF', count: 3 }] }}
        labels={labels}
        showRadius
        onChange={jest.fn()}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Donner (0)' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /RENT_OUT/ })).not.toBeInTheDocument();
  });
});
