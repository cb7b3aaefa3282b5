import { screen } from '@testing-library/react';
import { renderWithI18n } from '../../test/render';
import { useReportText } from './report-text';
import { SubmitFeedback } from './SubmitFeedback';

// What the API answers for a suggestion it refuses (place-fields.ts): field paths and English messages.
const problems = [
  { field: 'fields.contact.phone', message: 'Not a phone number.' },
  { field: 'fields.address.postcode', message: 'A postcode has 5 digits.' },
  { field: 'fields.openingHours', message: 'Opening hours: unexpected token' },
];

function Harness() {
  const text = useReportText();
  const labels: Record<string, string> = {
    'fields.contact.phone': 'Téléphone',
    'fields.address.postcode': 'Code postal',
    'fields.openingHours': 'Horaires',
  };
  return <SubmitFeedback state={{ status: 'problems', problems }} text={text} fieldLabel={(f) => labels[f] ?? f} />;
}

describe('problems with a suggestion', () => {
  it('explains each refused field in French on the French site, never in the API’s English', () => {
    renderWithI18n(<Harness />);

    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Téléphone — ce n’est pas un numéro de téléphone (chiffres, espaces, +, points, tirets).',
      'Code postal — un code postal a 5 chiffres.',
      'Horaires — cette valeur n’est pas acceptée : vérifiez-la.',
    ]);
  });

  it('keeps the API’s own words on the English site', () => {
    renderWithI18n(<Harness />, { lang: 'en' });

    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Not a phone number.');
  });
});
