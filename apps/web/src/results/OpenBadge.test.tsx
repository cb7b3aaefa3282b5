import { screen } from '@testing-library/react';
import { renderWithI18n } from '../../test/render';
import { WeekHours } from '../place/WeekHours';
import { OpenBadge } from './OpenBadge';

describe('opening-hours display', () => {
  const now = new Date('2025-01-15T09:30:00Z');

  it('shows "open now" with the closing time', () => {
    renderWithI18n(<OpenBadge openNow nextChangeAt="2025-01-15T17:00:00Z" now={now} />);
    expect(screen.getByText('Ouvert')).toBeInTheDocument();
    expect(screen.getByText(/ferme à 18 h/)).toBeInTheDocument();
  });

  it('speaks English when asked', () => {
    renderWithI18n(<OpenBadge openNow={false} nextChangeAt="2025-01-16T08:00:00Z" now={now} />, { lang: 'en' });
    expect(screen.getByText('Closed')).toBeInTheDocument();
    expect(screen.getByText(/opens tomorrow at 9:00/)).toBeInTheDocument();
  });

  it('lists the week day by day, holidays included', () => {
    renderWithI18n(
      <WeekHours
        days={[
          { date: '2025-04-20', weekday: 7, intervals: [], holiday: null },
          { date: '2025-04-21', weekday: 1, intervals: [], holiday: 'Lundi de Pâques' },
          { date: '2025-04-22', weekday: 2, intervals: [{ opens: '09:00', closes: '12:00' }], holiday: null },
        ]}
      />,
    );
    const rows = screen.getAllByRole('row');
    expect(rows[0]).toHaveTextContent('aujourd’hui 20 avril');
    expect(rows[1]).toHaveTextContent('lundi 21 avril');
    expect(rows[1]).toHaveTextContent('fermé (Lundi de Pâques)');
    expect(rows[2]).toHaveTextContent('9 h – 12 h');
  });
});
