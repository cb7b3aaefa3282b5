import type { Lang } from '../i18n/dictionary';
import { formatIntervals, weekdayName } from '../place/opening-hours';
import type { WeeklyHours } from './weekly-hours';

export interface HoursLine {
  days: string;
  hours: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The week in words, consecutive days with the same hours together: "Lundi – vendredi: 9 h – 12 h". */
export function describeWeek(week: WeeklyHours, lang: Lang): HoursLine[] {
  const lines: HoursLine[] = [];
  const key = (d: number) => JSON.stringify(week.days[d] ?? []);
  for (let start = 0; start < 7;) {
    let end = start;
    while (end + 1 < 7 && key(end + 1) === key(start)) end += 1;
    const from = weekdayName(start + 1, lang);
    const to = weekdayName(end + 1, lang);
    const days = start === end ? from : `${from}${end === start + 1 ? (lang === 'fr' ? ' et ' : ' and ') : ' – '}${to}`;
    lines.push({ days: capitalise(days), hours: formatIntervals(week.days[start] ?? [], lang) });
    start = end + 1;
  }
  return lines;
}
