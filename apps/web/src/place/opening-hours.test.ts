import { formatIntervals, formatTime, openStatus, openStatusText } from './opening-hours';

// A Wednesday, 10:30 in Paris (CET, UTC+1).
const now = new Date('2025-01-15T09:30:00Z');

describe('opening hours in words', () => {
  it('writes times the French way, with non-breaking spaces', () => {
    expect(formatTime('09:00', 'fr')).toBe('9\u00a0h');
    expect(formatTime('14:30', 'fr')).toBe('14\u00a0h\u00a030');
    expect(formatTime('14:30', 'en')).toBe('14:30');
  });

  it('joins a day’s intervals with "et", and says when a day is closed', () => {
    expect(
      formatIntervals(
        [
          { opens: '09:00', closes: '12:00' },
          { opens: '14:00', closes: '18:00' },
        ],
        'fr',
      ),
    ).toBe('9\u00a0h\u00a0–\u00a012\u00a0h et 14\u00a0h\u00a0–\u00a018\u00a0h');
    expect(formatIntervals([], 'fr')).toBe('fermé');
    expect(formatIntervals([], 'en')).toBe('closed');
  });

  it('says a place is open and when it closes today', () => {
    const status = openStatus({ openNow: true, nextChangeAt: '2025-01-15T11:00:00Z' }, now, 'fr');
    expect(status.state).toBe('open');
    expect(openStatusText(status)).toBe('Ouvert · ferme à 12\u00a0h');
  });

  it('says when a closed place opens: later today, tomorrow, a weekday, or a date', () => {
    const at = (iso: string) => openStatusText(openStatus({ openNow: false, nextChangeAt: iso }, now, 'fr'));
    expect(at('2025-01-15T13:00:00Z')).toBe('Fermé · ouvre aujourd’hui à 14\u00a0h');
    expect(at('2025-01-16T08:30:00Z')).toBe('Fermé · ouvre demain à 9\u00a0h\u00a030');
    expect(at('2025-01-20T08:00:00Z')).toBe('Fermé · ouvre lundi à 9\u00a0h');
    expect(at('2025-02-03T08:00:00Z')).toBe('Fermé · ouvre le 3 février à 9\u00a0h');
  });

  it('uses Paris time even across the summer-time change', () => {
    // 30 March 2025 is the switch to CEST (UTC+2): 07:00Z is 9 h in Paris.
    const status = openStatus(
      { openNow: false, nextChangeAt: '2025-03-31T07:00:00Z' },
      new Date('2025-03-30T18:00:00Z'),
      'en',
    );
    expect(openStatusText(status)).toBe('Closed · opens tomorrow at 9:00');
  });

  it('admits when hours are unknown rather than guessing', () => {
    expect(openStatusText(openStatus({ openNow: null, nextChangeAt: null }, now, 'fr'))).toBe(
      'Horaires non communiqués',
    );
    expect(openStatusText(openStatus({ openNow: true, nextChangeAt: null }, now, 'en'))).toBe('Open');
  });
});
