import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../i18n/I18nContext';
import { type ScheduledSource, UPDATE_SOURCE_OPTIONS_MUTATION } from './imports-operations';
import { useImportsText } from './imports-text';
import { SourceSchedule } from './SourceSchedule';

const NOW = new Date('2026-12-06T10:00:00Z');
const run = (overrides: Partial<ScheduledSource['runs'][number]>): ScheduledSource['runs'][number] => ({
  id: Math.random().toString(36),
  status: 'SUCCEEDED',
  startedAt: '2026-12-06T02:30:00Z',
  finishedAt: '2026-12-06T02:31:00Z',
  rejected: 0,
  error: null,
  ...overrides,
});
const SOURCES: ScheduledSource[] = [
  {
    id: '1',
    name: 'OpenStreetMap — réemploi (Cotentin)',
    format: 'OSM_OVERPASS',
    schedule: 'daily 03:30',
    nextRunAt: '2026-12-07T02:30:00Z',
    lastRunAt: '2026-12-05T02:31:00Z',
    lockedUntil: null,
    options: null,
    runs: [
      run({ status: 'FAILED', error: 'overpass-api.de answered HTTP 504', finishedAt: '2026-12-06T02:32:00Z' }),
      run({}),
    ],
  },
  {
    id: '2',
    name: 'ADEME — SINOE déchèteries (Cotentin)',
    format: 'SINOE',
    schedule: 'every 6h',
    nextRunAt: '2026-12-06T12:00:00Z',
    lastRunAt: '2026-12-06T06:01:00Z',
    lockedUntil: null,
    options: null,
    runs: [run({ rejected: 2 })],
  },
  {
    id: '3',
    name: 'Syndicat — bornes',
    format: 'CSV',
    schedule: null,
    nextRunAt: null,
    lastRunAt: null,
    lockedUntil: '2026-12-06T10:05:00Z',
    options: null,
    runs: [],
  },
];

function Harness({ admin = false }: { admin?: boolean }) {
  return <SourceSchedule sources={SOURCES} text={useImportsText()} admin={admin} now={NOW} />;
}

const CLOSED = 'Licence fermée — réutilisation soumise à autorisation';
const setOptions = (acceptedLicence: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: UPDATE_SOURCE_OPTIONS_MUTATION, variables: { id: '2', options: { acceptedLicence } } },
  result,
});

function renderAdmin(mocks: MockLink.MockedResponse[], admin = true) {
  render(
    <MockedProvider mocks={mocks}>
      <I18nProvider lang="fr">
        <Harness admin={admin} />
      </I18nProvider>
    </MockedProvider>,
  );
}

const cells = (name: string) =>
  within(screen.getByRole('row', { name: new RegExp(name) }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('SourceSchedule', () => {
  it('shows each source’s schedule, last success, next run and last errors, in French first', () => {
    render(
      <I18nProvider lang="fr">
        <Harness />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: /Sources, planification, dernier succès/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Source', 'Planification', 'Dernier succès', 'Prochaine exécution', 'Dernières erreurs']);
    // Times in Europe/Paris: 02:31 UTC is 03:31 in December.
    expect(cells('OpenStreetMap')).toEqual([
      'Chaque jour à 03:30',
      expect.stringMatching(/5 déc\. 2026.*03:31/),
      expect.stringMatching(/7 déc\. 2026.*03:30/),
      expect.stringMatching(/^Échec le 6 déc\. 2026.*03:32 : overpass-api\.de answered HTTP 504$/),
    ]);
    expect(cells('SINOE')).toEqual([
      'Toutes les 6 h',
      expect.stringMatching(/6 déc\. 2026.*07:01/),
      expect.stringMatching(/13:00/),
      '2 lignes rejetées au dernier import',
    ]);
    expect(cells('Syndicat')).toEqual(['À la main seulement', 'Jamais', 'Import en cours', 'Aucune']);
    // The table scrolls sideways on a narrow screen: its wrapper is reachable with the keyboard.
    expect(screen.getByRole('region', { name: /^Sources, planification/ })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('region', { name: 'Sources et planification' })).toContainElement(table);
  });

  it('speaks English on the English back-office', () => {
    render(
      <I18nProvider lang="en">
        <Harness />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Sources and schedule' })).toBeInTheDocument();
    expect(cells('OpenStreetMap')[0]).toBe('Every day at 03:30');
    expect(cells('OpenStreetMap')[3]).toMatch(/^Failed on .*: overpass-api\.de answered HTTP 504$/);
    expect(cells('Syndicat').slice(0, 3)).toEqual(['By hand only', 'Never', 'Importing now']);
  });

  it('lets an administrator accept a data-fair source’s licence, and says the exact title when it is not that', async () => {
    renderAdmin([
      setOptions('licence fermée', {
        errors: [
          new GraphQLError('not the title', {
            extensions: { code: 'BAD_USER_INPUT', reason: 'LICENCE_TITLE_MISMATCH', licence: CLOSED },
          }),
        ],
      }),
      setOptions(CLOSED, { data: { updateSourceOptions: { id: '2', options: { acceptedLicence: CLOSED } } } }),
    ]);
    expect(screen.getByRole('heading', { name: 'Licences acceptées' })).toBeInTheDocument();
    // Only the data-fair source (SINOE) has a licence to accept; OpenStreetMap and the CSV have none.
    const field = screen.getByRole('textbox', { name: 'Licence acceptée — ADEME — SINOE déchèteries (Cotentin)' });
    expect(screen.getAllByRole('textbox')).toHaveLength(1);

    await userEvent.type(field, 'licence fermée');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining(`« ${CLOSED} »`)));

    await userEvent.clear(field);
    await userEvent.type(field, CLOSED);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Enregistré.'));
    expect(field).not.toHaveAccessibleDescription(expect.stringContaining('Ce n’est pas'));
  });

  it('shows no licence form to other staff', () => {
    renderAdmin([], false);
    expect(screen.queryByRole('heading', { name: 'Licences acceptées' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
