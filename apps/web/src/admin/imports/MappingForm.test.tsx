import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '../../i18n/I18nContext';
import { initialChoice, mappingProblems, type MappingChoice } from './import-mapping';
import { MappingForm } from './MappingForm';
import { useImportsText } from './imports-text';

const columns = ['Identifiant', 'Nom du point', 'Commune', 'Latitude', 'Longitude'];

function Harness({ onChoice }: { onChoice(choice: MappingChoice): void }) {
  const text = useImportsText();
  const [choice, setChoice] = useState(() =>
    initialChoice(columns, { fields: { name: 'Nom du point', lat: 'Latitude', lng: 'Longitude' } }),
  );
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
});
