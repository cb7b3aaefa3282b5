import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../i18n/I18nContext';
import { MISSING_COLORS, ONE_COLORS, UNKNOWN_COLOR } from './gaps-map';
import { GapsMap } from './GapsMap';

// jsdom has no WebGL: a stand-in for MapLibre keeps what the map is given to draw.
const mockDrawn: { data?: { features: { properties: { name: string; value: number } }[] }; color?: unknown } = {};
jest.mock('maplibre-gl', () => {
  class FakeMap {
    on(event: string, handler: () => void) {
      if (event === 'load') void Promise.resolve().then(handler);
    }
    addSource() {}
    addLayer(layer: { paint: Record<string, unknown> }) {
      if (layer.paint['fill-color']) mockDrawn.color = layer.paint['fill-color'];
    }
    setPaintProperty(_layer: string, _name: string, value: unknown) {
      mockDrawn.color = value;
    }
    getSource() {
      return { setData: (data: typeof mockDrawn.data) => (mockDrawn.data = data) };
    }
    remove() {}
  }
  return { __esModule: true, default: { Map: FakeMap } };
});

const COMPETENCES = [
  { code: 'LABOUR_PROVISION', label: 'Mise à disposition de personnel' },
  { code: 'REPAIR', label: 'Réparation' },
  { code: 'TRAINING', label: 'Formation' },
];
const COMMUNES = [
  { insee: '50402', name: 'Les Pieux' },
  { insee: '50030', name: 'Barfleur' },
  { insee: '50033', name: 'Baubigny' },
];
const gap = (code: string, communes: [string, number | null][]) => ({
  competence: COMPETENCES.find((c) => c.code === code)!,
  communes: communes.map(([commune, nearestKm]) => ({ commune, nearestKm, lat: 49.5 })),
});
const GAPS = [
  gap('LABOUR_PROVISION', [['Baubigny', null]]),
  gap('REPAIR', [['Barfleur', 42.8]]),
  gap('TRAINING', [
    ['Les Pieux', 33.9],
    ['Baubigny', 39.5],
  ]),
];

const drawnValue = (name: string) => mockDrawn.data?.features.find((f) => f.properties.name === name)?.properties.value;
const step = (from: number[], colors: readonly string[]) => [
  'step',
  ['get', 'value'],
  UNKNOWN_COLOR,
  ...from.flatMap((b, i) => [b, colors[i]]),
];

function renderMap(unlocated: string[] = [], lang: 'fr' | 'en' = 'fr') {
  render(
    <I18nProvider lang={lang}>
      <GapsMap communes={COMMUNES} gaps={GAPS} unlocated={unlocated} competences={COMPETENCES} />
    </I18nProvider>,
  );
}

describe('the collectivity’s gaps map', () => {
  beforeEach(() => {
    delete mockDrawn.data;
    delete mockDrawn.color;
  });

  it('colours each commune by its missing competences, as its legend and its table say', async () => {
    renderMap();
    const map = screen.getByRole('img', { name: /colorées selon le nombre de compétences/ });
    expect(map).toBeInTheDocument();
    // The map draws once MapLibre has loaded.
    await waitFor(() => expect(drawnValue('Baubigny')).toBe(2));
    expect([drawnValue('Les Pieux'), drawnValue('Barfleur')]).toEqual([1, 1]);
    // Only the territory's communes are drawn; colours by class, as the legend's swatches.
    expect(mockDrawn.data!.features).toHaveLength(3);
    expect(mockDrawn.color).toEqual(step([0, 1, 2, 4], MISSING_COLORS));
    const legend = screen.getByRole('list', { name: 'Légende de la carte des manques' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Aucune compétence manquante : aucune commune',
      '1 compétence manquante : 2 communes',
      '2 à 3 compétences manquantes : 1 commune',
      '4 compétences manquantes ou plus : aucune commune',
    ]);
    const row = screen.getByRole('row', { name: /Baubigny/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', 'Mise à disposition de personnel, Formation']);
  });

  it('shows one chosen competence, chosen by keyboard: where it is missing, and nowhere else', async () => {
    renderMap();
    const select = screen.getByLabelText('Compétence montrée');
    select.focus();
    await userEvent.selectOptions(select, 'Formation');
    await screen.findByRole('img', { name: /où « Formation » n’est proposée par aucune structure à moins de 30 km/ });
    await waitFor(() =>
      expect([drawnValue('Les Pieux'), drawnValue('Barfleur'), drawnValue('Baubigny')]).toEqual([1, 0, 1]),
    );
    expect(mockDrawn.color).toEqual(step([0, 1], ONE_COLORS));
    expect(screen.getByText('Manquante : aucune offre à moins de 30 km : 2 communes')).toBeInTheDocument();
    expect(screen.getByText('Proposée à moins de 30 km : 1 commune')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Barfleur/ })).getAllByRole('cell')[0]).toHaveTextContent('0');
  });

  it('greys a commune of unknown position, never coloured as a gap', async () => {
    renderMap(['Barfleur']);
    expect(screen.getByText('Position inconnue : pas évaluée : 1 commune')).toBeInTheDocument();
    await waitFor(() => expect(drawnValue('Barfleur')).toBe(-1));
    expect(within(screen.getByRole('row', { name: /Barfleur/ })).getAllByRole('cell')[0]).toHaveTextContent(
      'position inconnue',
    );
  });

  it('speaks English too', () => {
    renderMap([], 'en');
    expect(screen.getByRole('img', { name: /coloured by how many competences/ })).toBeInTheDocument();
    expect(screen.getByText('1 missing competence: 2 communes')).toBeInTheDocument();
    expect(screen.getByText('2 to 3 missing competences: 1 commune')).toBeInTheDocument();
  });
});
