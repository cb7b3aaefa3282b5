import { emptyWeek, intervalProblem, parseOpeningHours, toOpeningHours, type WeeklyHours } from './weekly-hours';

const am = { opens: '09:00', closes: '12:00' };
const pm = { opens: '14:00', closes: '18:00' };

describe('opening-hours editor ↔ OSM opening_hours', () => {
  it('groups consecutive days with the same hours', () => {
    const week: WeeklyHours = {
      days: [[am, pm], [am, pm], [am, pm], [am, pm], [am, pm], [am], []],
      closedOnHolidays: true,
    };
    expect(toOpeningHours(week)).toBe('Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off');
  });

  it('writes two neighbouring days as a list and gathers days apart with the same hours', () => {
    const week = emptyWeek();
    week.days[2] = [am];
    week.days[3] = [am];
    week.days[5] = [pm];
    expect(toOpeningHours(week)).toBe('We,Th 09:00-12:00; Sa 14:00-18:00');
    week.days[0] = [am];
    expect(toOpeningHours(week)).toBe('Mo,We,Th 09:00-12:00; Sa 14:00-18:00');
  });

  it('writes nothing for a week without hours, even with "closed on holidays"', () => {
    expect(toOpeningHours({ ...emptyWeek(), closedOnHolidays: true })).toBe('');
  });

  it.each([
    'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off',
    'Tu,Th 14:00-17:30',
    'We 10:00-12:00; Sa 09:00-17:00',
    'Mo-Su 08:00-20:00',
  ])('reads back what it writes: %s', (value) => {
    const week = parseOpeningHours(value)!;
    expect(week).not.toBeNull();
    expect(toOpeningHours(week)).toBe(value);
  });

  it('reads day lists, wrapping ranges, "off" and 24/7', () => {
    expect(parseOpeningHours('Mo-Sa 09:00-18:00; We off')!.days[2]).toEqual([]);
    expect(parseOpeningHours('Sa-Mo 10:00-12:00')!.days.map((d) => d.length)).toEqual([1, 0, 0, 0, 0, 1, 1]);
    expect(toOpeningHours(parseOpeningHours('24/7')!)).toBe('Mo-Su 00:00-24:00');
  });

  it('leaves richer syntax to the raw editor', () => {
    expect(parseOpeningHours('Mo-Fr 09:00-18:00; Jan off')).toBeNull();
    expect(parseOpeningHours('Mo-Fr 09:00-18:00 "sur rendez-vous"')).toBeNull();
    expect(parseOpeningHours('sunrise-sunset')).toBeNull();
    expect(parseOpeningHours('Mo 18:00-09:00')).toBeNull();
  });

  it('flags malformed and reversed intervals', () => {
    expect(intervalProblem({ opens: '9h', closes: '12:00' })).toBe('format');
    expect(intervalProblem({ opens: '14:00', closes: '12:00' })).toBe('order');
    expect(intervalProblem(am)).toBeNull();
  });
});
