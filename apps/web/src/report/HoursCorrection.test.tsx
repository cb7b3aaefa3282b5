import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../../test/render';
import { HoursCorrection } from './HoursCorrection';
import { useReportText } from './report-text';

function Harness({ known }: { known: boolean }) {
  const text = useReportText();
  return <HoursCorrection known={known} value={known ? 'Mo-Fr 09:00-12:00' : ''} text={text} onChange={() => {}} />;
}

describe('opening hours in a resident’s report', () => {
  it('says the hours are unknown instead of showing a week of closed days, until the resident gives them', async () => {
    renderWithI18n(<Harness known={false} />);

    expect(screen.getByText('Les horaires de ce lieu ne sont pas connus.')).toBeInTheDocument();
    expect(screen.queryByText('Fermé')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Indiquer les horaires' }));
    expect(screen.getByRole('group', { name: 'Horaires d’ouverture' })).toBeInTheDocument();
  });

  it('shows the known hours to correct straight away', () => {
    renderWithI18n(<Harness known />);

    expect(screen.getByRole('group', { name: 'Horaires d’ouverture' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Indiquer les horaires' })).not.toBeInTheDocument();
  });
});
