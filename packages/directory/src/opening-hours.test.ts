import { isOpenAt, nextChangeAt, validateOpeningHours, weekHours } from './opening-hours';

// jest.config.cjs sets TZ=Europe/Paris, as the API does: local times below are Paris times.
const WEEKDAYS = 'Mo-Sa 09:00-18:00; PH off';

describe('opening hours', () => {
  it('runs in the Europe/Paris time zone', () => {
    expect(new Date('2026-07-14T10:00:00').toISOString()).toBe('2026-07-14T08:00:00.000Z');
  });

  it('accepts valid values and explains invalid ones in French', () => {
    expect(validateOpeningHours('Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-12:00')).toEqual({ ok: true });
    expect(validateOpeningHours('24/7')).toEqual({ ok: true });
    const invalid = validateOpeningHours('Mo-Sa 25:00-99');
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.message).toMatch(/plage horaire/i);
    expect(validateOpeningHours('  ').ok).toBe(false);
  });

  it('says open during opening hours and closed outside them', () => {
    expect(isOpenAt(WEEKDAYS, new Date('2026-07-15T10:00:00'))).toBe(true);
    expect(isOpenAt(WEEKDAYS, new Date('2026-07-15T18:00:00'))).toBe(false);
    expect(isOpenAt(WEEKDAYS, new Date('2026-07-19T10:00:00'))).toBe(false); // Sunday
  });

  it('is closed on a French public holiday with "PH off"', () => {
    expect(isOpenAt(WEEKDAYS, new Date('2026-07-14T10:00:00'))).toBe(false); // Fête nationale, a Tuesday
    expect(isOpenAt(WEEKDAYS, new Date('2026-12-25T10:00:00'))).toBe(false); // Noël, a Friday
    expect(isOpenAt('Mo-Sa 09:00-18:00', new Date('2026-07-14T10:00:00'))).toBe(true);
  });

  it('returns null for missing or invalid hours', () => {
    expect(isOpenAt(null, new Date())).toBeNull();
    expect(isOpenAt('n importe quoi', new Date())).toBeNull();
    expect(nextChangeAt(null, new Date())).toBeNull();
    expect(weekHours('n importe quoi', new Date())).toEqual([]);
  });

  it('returns null for times the hours mark as unknown', () => {
    expect(isOpenAt('Mo-Fr 09:00-18:00 unknown', new Date('2026-07-15T10:00:00'))).toBeNull();
  });

  it('evaluates local wall-clock times across the summer/winter time change', () => {
    // 2026-03-29 is the switch to summer time (02:00 → 03:00) and a Sunday.
    const hours = 'Mo-Su 09:00-12:00';
    expect(isOpenAt(hours, new Date('2026-03-29T09:30:00+02:00'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-03-29T07:30:00Z'))).toBe(true); // 09:30 summer time
    expect(isOpenAt(hours, new Date('2026-03-28T08:30:00Z'))).toBe(true); // 09:30 winter time
    expect(isOpenAt(hours, new Date('2026-10-25T08:30:00Z'))).toBe(true); // 09:30 winter time again
    expect(isOpenAt(hours, new Date('2026-10-25T07:30:00Z'))).toBe(false); // 08:30 winter time
  });

  it('finds the next change, skipping a public holiday', () => {
    expect(nextChangeAt(WEEKDAYS, new Date('2026-07-13T10:00:00'))).toEqual(new Date('2026-07-13T18:00:00'));
    // Closed Monday evening; Tuesday 14 July is a holiday, so it opens Wednesday morning.
    expect(nextChangeAt(WEEKDAYS, new Date('2026-07-13T19:00:00'))).toEqual(new Date('2026-07-15T09:00:00'));
    expect(nextChangeAt('24/7', new Date('2026-07-13T19:00:00'))).toBeNull();
  });

  it('lists a week of hours with the holiday named', () => {
    const week = weekHours(WEEKDAYS, new Date('2026-07-13T15:00:00'));
    expect(week).toHaveLength(7);
    expect(week[0]).toEqual({
      date: '2026-07-13',
      weekday: 1,
      intervals: [{ opens: '09:00', closes: '18:00' }],
      holiday: null,
    });
    expect(week[1]).toEqual({ date: '2026-07-14', weekday: 2, intervals: [], holiday: 'Fête Nationale de la France' });
    expect(week[6]).toEqual({ date: '2026-07-19', weekday: 7, intervals: [], holiday: null });
  });

  it('keeps local days across the clock change and closes at 24:00 when open until midnight', () => {
    const week = weekHours('Su 20:00-24:00; Mo 08:00-10:00', new Date('2026-10-25T01:00:00'), 2);
    expect(week.map((day) => day.date)).toEqual(['2026-10-25', '2026-10-26']);
    expect(week[0]!.intervals).toEqual([{ opens: '20:00', closes: '24:00' }]);
    expect(week[1]!.intervals).toEqual([{ opens: '08:00', closes: '10:00' }]);
  });

  it('lists Christmas as a holiday', () => {
    const [christmas] = weekHours(WEEKDAYS, new Date('2026-12-25T08:00:00'), 1);
    expect(christmas).toEqual({ date: '2026-12-25', weekday: 5, intervals: [], holiday: 'Noël' });
  });
});
