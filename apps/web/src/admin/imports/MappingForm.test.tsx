import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '../../i18n/I18nContext';
import {
  initialChoice,
  initialDefaults,
  mappingInput,
  mappingProblems,
  type MappingChoice,
  type MappingDefaults,
} from './import-mapping';
import { MappingForm } from './MappingForm';
import { useImportsText } from './imports-text';

const columns = ['Identifiant', 'Nom du point', 'Commune', 'Latitude', 'Longitude'];

const kinds = [
  { id: 'RESSOURCERIE', label: 'Ressourcerie, recyclerie' },
  { id: 'COLLECTION_POINT', label: 'Point de collecte' },
];
const actions = [
  { id: 'DONATE', label: 'Donner' },
  { id: 'DROP_OFF', label: 'Déposer' },
];

function Harness({
  onChoice = () => {},
  onMapping = () => {},
}: {
  onChoice?(choice: MappingChoice): void;
  onMapping?(mapping: ReturnType<typeof mappingInput>): void;
}) {
  const text = useImportsText();
  const [choice, setChoice] = useState(() =>
    initialChoice(columns, { fields: { name: 'Nom du point', lat: 'Latitude', lng: 'Longitude' } }),
  );
  const [defaults, setDefaults] = useState<MappingDefaults>(initialDefaults);
  return (
    <MappingForm
      columns={columns}
      choice={choice}
      problems={mappingProblems(choice)}
      text={text}
      onChange={(next) => {
        setChoice(next);
        onChoice(next);
      }}
      defaults={defaults}
      kinds={kinds}
      actions={actions}
      onDefaultsChange={(next) => {
        setDefaults(next);
        onMapping(mappingInput(choice, next));
      }}
    />
  );
}

describe('MappingForm', () => {
  it('pre-fills the selects from the suggestion and ties problems to their select', async () => {
    let last: MappingChoice | null = null;
    render(
      <I18nProvider lang="fr">
        <Harness onChoice={(c) => (last = c)} />
      </I18nProvider>,
    );
    expect(screen.getByLabelText('Nom du lieu (obligatoire)')).toHaveValue('Nom du point');
    expect(screen.getByLabelText('Latitude (WGS84)')).toHaveValue('Latitude');
    expect(screen.getByLabelText('Commune')).toHaveValue('');
    await userEvent.selectOptions(screen.getByLabelText('Commune'), 'Commune');
    expect(last!.commune).toBe('Commune');
    await userEvent.selectOptions(screen.getByLabelText('Longitude (WGS84)'), '');
    const lng = screen.getByLabelText('Longitude (WGS84)');
    expect(lng).toHaveAttribute('aria-invalid', 'true');
    expect(lng).toHaveAccessibleDescription('Choisissez aussi « Longitude (WGS84) » : les coordonnées vont par paire.');
  });

  it('lets the kind and action of the imported rows be chosen, from the defaults, and sends them', async () => {
    let mapping: ReturnType<typeof mappingInput> | null = null;
    render(
      <I18nProvider lang="fr">
        <Harness onMapping={(m) => (mapping = m)} />
      </I18nProvider>,
    );
    const kind = screen.getByLabelText('Type de lieu des lignes importées');
    const action = screen.getByLabelText('Action proposée');
    expect(kind).toHaveValue('COLLECTION_POINT');
    expect(action).toHaveValue('DROP_OFF');
    await userEvent.selectOptions(kind, 'Ressourcerie, recyclerie');
    await userEvent.selectOptions(action, 'Donner');
    expect(mapping).toEqual({
      fields: { name: 'Nom du point', lat: 'Latitude', lng: 'Longitude' },
      kind: 'RESSOURCERIE',
      action: 'DONATE',
    });
  });

  it('labels the two selects in English too', () => {
    render(
      <I18nProvider lang="en">
        <Harness />
      </I18nProvider>,
    );
    expect(screen.getByLabelText('Place type of the imported rows')).toHaveValue('COLLECTION_POINT');
    expect(screen.getByLabelText('Action offered')).toHaveValue('DROP_OFF');
  });
});
