import { dictionaries, locales, type Lang } from '../i18n/dictionary';
import type { DayHours } from '../graphql/operations';

/** Opening hours in words, in Europe/Paris time whatever the device's zone. */
const TIME_ZONE = 'Europe/Paris';
const NBSP = '\u00a0';

export function formatTime(hhmm: string, lang: Lang): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const mm = String(m).padStart(2, '0');
  if (lang === 'fr') return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${mm}`;
  return `${h}:${mm}`;
}

export function formatIntervals(intervals: DayHours['intervals'], lang: Lang): string {
  const t = dictionaries[lang];
  if (intervals.length === 0) return t.closedAllDay;
  const parts = intervals.map((i) => `${formatTime(i.opens, lang)}${NBSP}–${NBSP}${formatTime(i.closes, lang)}`);
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} ${t.and} ${parts[parts.length - 1]}`;
}

export function weekdayName(weekday: number, lang: Lang): string {
  return dictionaries[lang].weekdays[(weekday - 1 + 7) % 7] ?? '';
}

interface ParisParts {
  date: string;
  time: string;
  dayNumber: number;
}

function parisParts(date: Date): ParisParts {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const y = Number(get('year'));
  const mo = Number(get('month'));
  const d = Number(get('day'));
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
    dayNumber: Math.round(Date.UTC(y, mo - 1, d) / 86_400_000),
  };
}

/** "aujourd’hui", "demain", "lundi" within a week, else "le 3 mars". */
export function relativeDay(target: Date, now: Date, lang: Lang): string {
  const t = dictionaries[lang];
  const diff = parisParts(target).dayNumber - parisParts(now).dayNumber;
  if (diff <= 0) return t.today;
  if (diff === 1) return t.tomorrow;
  if (diff < 7) {
    const name = new Intl.DateTimeFormat(locales[lang], { timeZone: TIME_ZONE, weekday: 'long' }).format(target);
    return name;
  }
  const date = new Intl.DateTimeFormat(locales[lang], { timeZone: TIME_ZONE, day: 'numeric', month: 'long' }).format(
    target,
  );
  return t.onDate(date);
}

export type OpenState = 'open' | 'closed' | 'unknown';

export interface OpenStatus {
  state: OpenState;
  /** "Ouvert" / "Fermé" / "Horaires non communiqués". */
  label: string;
  /** "ferme à 18 h", "ouvre lundi à 9 h 30"; empty when unknown. */
  detail: string;
}

export function openStatus(
  place: { openNow: boolean | null; nextChangeAt: string | null },
  now: Date,
  lang: Lang,
): OpenStatus {
  const t = dictionaries[lang];
  if (place.openNow === null) return { state: 'unknown', label: t.hoursUnknown, detail: '' };
  const next = place.nextChangeAt ? new Date(place.nextChangeAt) : null;
  const valid = next && !Number.isNaN(next.getTime()) ? next : null;
  let detail = '';
  if (valid) {
    const time = formatTime(parisParts(valid).time, lang);
    const day = relativeDay(valid, now, lang);
    if (place.openNow) detail = day === t.today ? t.closesAt(time) : t.closesOnAt(day, time);
    else detail = t.opensAt(day, time);
  }
  return place.openNow ? { state: 'open', label: t.openNow, detail } : { state: 'closed', label: t.closedNow, detail };
}

/** "Ouvert · ferme à 18 h" as one line. */
export function openStatusText(status: OpenStatus): string {
  return status.detail ? `${status.label} · ${status.detail}` : status.label;
}
