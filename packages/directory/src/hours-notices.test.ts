import { composeOpeningHours, type HoursNotice } from './hours-notices';
import { isOpenAt, nextChangeAt, validateOpeningHours, weekHours } from './opening-hours';

// jest.config.cjs sets TZ=Europe/Paris: local dates below are Paris times.
const at = (local: string) => new Date(local);
const BASE = 'Mo-Sa 09:00-12:00,14:00-18:00; PH off';

describe('composeOpeningHours', () => {
  it('leaves the hours as they are without notices that change hours', () => {
    expect(composeOpeningHours(BASE, [])).toBe(BASE);
    expect(composeOpeningHours(BASE, [{ kind: 'NOTICE', startsOn: '2026-12-01', endsOn: '2026-12-31' }])).toBe(BASE);
    expect(composeOpeningHours(null, [])).toBeNull();
  });

  it('writes a closure as an OSM date range with its reason as comment, which the library parses', () => {
    const hours = composeOpeningHours('Mo-Sa 09:00-18:00', [
      { kind: 'CLOSURE', startsOn: '2026-12-24', endsOn: '2026-12-26', reason: 'grève' },
    ]);
    expect(hours).toBe('Mo-Sa 09:00-18:00; 2026 Dec 24-2026 Dec 26 off "grève"');
    expect(validateOpeningHours(hours!)).toEqual({ ok: true });
  });

  it('closes for a one-day closure only that day, and says when it reopens', () => {
    const hours = composeOpeningHours(BASE, [
      { kind: 'CLOSURE', startsOn: '2026-12-08', endsOn: '2026-12-08', reason: 'intempéries' },
    ]);
    expect(hours).toContain('2026 Dec 08 off "intempéries"');
    expect(isOpenAt(hours, at('2026-12-07T10:00:00'))).toBe(true); // Monday
    expect(isOpenAt(hours, at('2026-12-08T10:00:00'))).toBe(false); // Tuesday, closed
    expect(nextChangeAt(hours, at('2026-12-08T10:00:00'))).toEqual(at('2026-12-09T09:00:00'));
    expect(isOpenAt(hours, at('2026-12-09T10:00:00'))).toBe(true);
  });

  it('keeps a reason with quotes or markup inside its comment', () => {
    const hours = composeOpeningHours(BASE, [
      { kind: 'CLOSURE', startsOn: '2026-12-08', endsOn: '2026-12-09', reason: 'travaux "voirie" <b>x</b>\nfin' },
    ]);
    expect(hours).toContain('off "travaux ”voirie” <b>x</b> fin"');
    expect(isOpenAt(hours, at('2026-12-09T10:00:00'))).toBe(false);
  });

  it('switches between summer and winter hours at the seasons’ dates', () => {
    const seasonal: HoursNotice = {
      kind: 'SEASONAL_HOURS',
      seasons: [
        { from: '04-01', to: '09-30', openingHours: 'Mo-Sa 08:00-19:00; PH off' },
        { from: '10-01', to: '03-31', openingHours: 'Mo-Sa 09:00-17:00; PH off' },
      ],
    };
    const hours = composeOpeningHours('Mo-Fr 10:00-12:00', [seasonal]);
    expect(validateOpeningHours(hours!)).toEqual({ ok: true });
    // Tuesday 31 March 2026, 18:00: winter hours (closed at 17:00); Wednesday 1 April 18:00: summer.
    expect(isOpenAt(hours, at('2026-03-31T18:00:00'))).toBe(false);
    expect(isOpenAt(hours, at('2026-04-01T18:00:00'))).toBe(true);
    // Saturdays are open in both seasons though the base hours say Monday to Friday.
    expect(isOpenAt(hours, at('2026-03-28T10:00:00'))).toBe(true);
    // Wednesday 30 September 18:30 summer, Thursday 1 October 18:30 winter.
    expect(isOpenAt(hours, at('2026-09-30T18:30:00'))).toBe(true);
    expect(isOpenAt(hours, at('2026-10-01T18:30:00'))).toBe(false);
    expect(nextChangeAt(hours, at('2026-10-01T08:00:00'))).toEqual(at('2026-10-01T09:00:00'));
  });

  it('closes on a public holiday the seasonal set closes (PH off), and opens the day after', () => {
    const hours = composeOpeningHours(null, [
      { kind: 'SEASONAL_HOURS', seasons: [{ from: '04-01', to: '09-30', openingHours: 'Mo-Sa 08:00-19:00; PH off' }] },
    ]);
    // Thursday 14 July 2026 (fête nationale) closed; Wednesday 15 July open; outside the season unknown.
    expect(isOpenAt(hours, at('2026-07-14T10:00:00'))).toBe(false);
    expect(isOpenAt(hours, at('2026-07-15T10:00:00'))).toBe(true);
    expect(isOpenAt(hours, at('2026-12-15T10:00:00'))).toBeNull();
  });

  it('replaces the whole period with exceptional hours, days it does not mention being closed', () => {
    const hours = composeOpeningHours(BASE, [
      { kind: 'EXCEPTIONAL_HOURS', startsOn: '2026-12-21', endsOn: '2026-12-31', openingHours: 'Mo-Fr 10:00-12:00' },
    ]);
    expect(isOpenAt(hours, at('2026-12-21T15:00:00'))).toBe(false); // Monday afternoon
    expect(isOpenAt(hours, at('2026-12-21T11:00:00'))).toBe(true);
    expect(isOpenAt(hours, at('2026-12-26T10:00:00'))).toBe(false); // Saturday: not in the set
    expect(isOpenAt(hours, at('2027-01-02T10:00:00'))).toBe(true); // Saturday after: base hours again
    expect(weekHours(hours, at('2026-12-21T08:00:00'), 1)[0]!.intervals).toEqual([{ opens: '10:00', closes: '12:00' }]);
  });

  it('lets a closure win over seasonal and exceptional hours', () => {
    const hours = composeOpeningHours(BASE, [
      { kind: 'CLOSURE', startsOn: '2026-07-15', endsOn: '2026-07-15', reason: 'grève' },
      { kind: 'SEASONAL_HOURS', seasons: [{ from: '04-01', to: '09-30', openingHours: 'Mo-Su 08:00-19:00' }] },
      { kind: 'EXCEPTIONAL_HOURS', startsOn: '2026-07-13', endsOn: '2026-07-17', openingHours: 'Mo-Su 07:00-20:00' },
    ]);
    expect(isOpenAt(hours, at('2026-07-15T10:00:00'))).toBe(false);
    expect(isOpenAt(hours, at('2026-07-16T07:30:00'))).toBe(true);
    expect(isOpenAt(hours, at('2026-07-20T07:30:00'))).toBe(false);
    expect(isOpenAt(hours, at('2026-07-20T08:30:00'))).toBe(true);
  });

  it('stays right across the nights of the daylight-saving changes', () => {
    // A night-time collection point: 22:00-04:00 every night. 29 March 2026 has no 02:00-03:00 (CET → CEST).
    const hours = composeOpeningHours('Mo-Su 22:00-04:00', [
      { kind: 'CLOSURE', startsOn: '2026-10-25', endsOn: '2026-10-25', reason: 'travaux' },
    ]);
    expect(isOpenAt(hours, new Date('2026-03-29T00:30:00Z'))).toBe(true); // 01:30 CET
    expect(isOpenAt(hours, new Date('2026-03-29T01:30:00Z'))).toBe(true); // 03:30 CEST
    expect(nextChangeAt(hours, new Date('2026-03-29T00:30:00Z'))).toEqual(new Date('2026-03-29T02:00:00Z')); // 04:00 CEST
    // 25 October 2026 (CEST → CET) is closed for works: from midnight local, the night's opening ends.
    expect(isOpenAt(hours, new Date('2026-10-24T21:30:00Z'))).toBe(true); // 23:30 CEST on the 24th
    expect(isOpenAt(hours, new Date('2026-10-25T00:30:00Z'))).toBe(false); // 02:30 CEST on the 25th
    expect(isOpenAt(hours, new Date('2026-10-25T01:30:00Z'))).toBe(false); // 02:30 CET, the hour again
    expect(nextChangeAt(hours, new Date('2026-10-25T01:30:00Z'))).toEqual(new Date('2026-10-25T23:00:00Z')); // 00:00 on the 26th
  });

  it('keeps unknown outside a closure when the place has no hours', () => {
    const hours = composeOpeningHours(null, [
      { kind: 'CLOSURE', startsOn: '2026-12-24', endsOn: '2026-12-24', reason: 'grève' },
    ]);
    expect(isOpenAt(hours, at('2026-12-24T10:00:00'))).toBe(false);
    expect(isOpenAt(hours, at('2026-12-23T10:00:00'))).toBeNull();
  });

  it('throws when a set’s hours do not parse', () => {
    expect(() =>
      composeOpeningHours(BASE, [
        { kind: 'SEASONAL_HOURS', seasons: [{ from: '04-01', to: '09-30', openingHours: 'lundi 9h' }] },
      ]),
    ).toThrow();
  });
});
