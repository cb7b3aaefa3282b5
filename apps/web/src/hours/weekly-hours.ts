/*
 * The opening-hours editor's model: a week of intervals ↔ an OSM `opening_hours` string.
 * Only the simple, common form is editable here ("Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00;
 * PH off"); anything richer (months, week numbers, comments…) is kept as raw text instead.
 */
export const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

export interface Interval {
  opens: string;
  closes: string;
}

export interface WeeklyHours {
  /** Monday first; an empty list is a closed day. */
  days: Interval[][];
  /** "PH off": closed on public holidays. */
  closedOnHolidays: boolean;
}

export const emptyWeek = (): WeeklyHours => ({ days: OSM_DAYS.map(() => []), closedOnHolidays: false });

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

export const isTime = (value: string) => TIME.test(value);

/** A problem with one day's intervals (for the form), or null. */
export function intervalProblem(interval: Interval): 'format' | 'order' | null {
  if (!isTime(interval.opens) || !isTime(interval.closes)) return 'format';
  return interval.opens < interval.closes ? null : 'order';
}

const dayKey = (intervals: Interval[]) => intervals.map((i) => `${i.opens}-${i.closes}`).join(',');

/** "Mo-We,Fr": consecutive runs as ranges (two days as a list). */
function daySelector(days: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j += 1;
    const from = OSM_DAYS[days[i]!]!;
    const to = OSM_DAYS[days[j]!]!;
    parts.push(i === j ? from : j === i + 1 ? `${from},${to}` : `${from}-${to}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Writes the week as OSM opening_hours, one rule per distinct set of hours; '' when empty. */
export function toOpeningHours(week: WeeklyHours): string {
  const groups = new Map<string, number[]>();
  week.days.forEach((intervals, day) => {
    const key = dayKey(intervals);
    if (key) groups.set(key, [...(groups.get(key) ?? []), day]);
  });
  const rules = [...groups].map(([key, days]) => `${daySelector(days)} ${key}`);
  if (rules.length === 0) return '';
  if (week.closedOnHolidays) rules.push('PH off');
  return rules.join('; ');
}

function parseDays(selector: string): number[] | null {
  const days: number[] = [];
  for (const part of selector.split(',')) {
    const range = /^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$/.exec(part.trim());
    if (!range) return null;
    const from = OSM_DAYS.indexOf(range[1] as (typeof OSM_DAYS)[number]);
    const to = range[2] ? OSM_DAYS.indexOf(range[2] as (typeof OSM_DAYS)[number]) : from;
    // Wrapping ranges ("Sa-Mo") are valid OSM.
    for (let d = from; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === to) break;
    }
  }
  return days;
}

function parseTimes(value: string): Interval[] | null {
  const intervals: Interval[] = [];
  for (const part of value.split(',')) {
    const match = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(part.trim());
    if (!match || !isTime(match[1]!) || !isTime(match[2]!) || match[1]! >= match[2]!) return null;
    intervals.push({ opens: match[1]!, closes: match[2]! });
  }
  return intervals;
}

/** Reads the simple form of opening_hours into a week; null when the string needs the raw editor. */
export function parseOpeningHours(value: string | null): WeeklyHours | null {
  const week = emptyWeek();
  const text = (value ?? '').trim();
  if (!text) return week;
  if (text === '24/7') {
    week.days = OSM_DAYS.map(() => [{ opens: '00:00', closes: '24:00' }]);
    return week;
  }
  for (const rule of text
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)) {
    if (rule === 'PH off') {
      week.closedOnHolidays = true;
      continue;
    }
    const match = /^([A-Za-z,-]+)\s+(.+)$/.exec(rule);
    if (!match) return null;
    const days = parseDays(match[1]!);
    if (!days) return null;
    const intervals = match[2]!.trim() === 'off' || match[2]!.trim() === 'closed' ? [] : parseTimes(match[2]!);
    if (!intervals) return null;
    // Later rules override earlier ones for the same day, as in OSM.
    for (const d of days) week.days[d] = intervals.map((i) => ({ ...i }));
  }
  return week;
}
