import { expandSchedule, toParisIso } from './recurrence';

describe('expandSchedule', () => {
  it('keeps the Paris wall-clock time of every occurrence across both clock changes', () => {
    const { starts, durationMs } = expandSchedule('2027-03-20T10:00', '2027-03-20T12:30', 'FREQ=WEEKLY;COUNT=3');
    expect(starts.map(toParisIso)).toEqual([
      '2027-03-20T10:00:00.000+01:00',
      '2027-03-27T10:00:00.000+01:00',
      '2027-04-03T10:00:00.000+02:00',
    ]);
    expect(durationMs).toBe(150 * 60_000);
    const autumn = expandSchedule('2027-10-23T10:00', '2027-10-23T11:00', 'FREQ=WEEKLY;COUNT=2').starts;
    expect(autumn.map(toParisIso)).toEqual(['2027-10-23T10:00:00.000+02:00', '2027-10-30T10:00:00.000+02:00']);
  });

  it('counts a date-only UNTIL as its whole day and stores it in UTC, as RFC 5545 wants beside a TZID', () => {
    const schedule = expandSchedule('2027-01-02T14:00', '2027-01-02T16:00', 'FREQ=WEEKLY;UNTIL=20270116');
    expect(schedule.starts).toHaveLength(3);
    expect(schedule.recurrence).toBe('FREQ=WEEKLY;UNTIL=20270116T225959Z');
    // The stored rule expands to the same dates when it is read again (an edit sends it back).
    expect(expandSchedule('2027-01-02T14:00', '2027-01-02T16:00', schedule.recurrence).starts).toEqual(schedule.starts);
  });

  it('lets a single date have no rule', () => {
    expect(expandSchedule('2027-01-02T14:00', '2027-01-02T16:00', null)).toMatchObject({ recurrence: null });
  });
});
