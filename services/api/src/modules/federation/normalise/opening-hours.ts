import { validateOpeningHours } from '@reemploi/directory/opening-hours';

const DAYS: [string, string][] = [
  ['lundi', 'Mo'],
  ['mardi', 'Tu'],
  ['mercredi', 'We'],
  ['jeudi', 'Th'],
  ['vendredi', 'Fr'],
  ['samedi', 'Sa'],
  ['dimanche', 'Su'],
];
const DAY_WORD = '(lun(?:di)?|mar(?:di)?|mer(?:credi)?|jeu(?:di)?|ven(?:dredi)?|sam(?:edi)?|dim(?:anche)?)s?\\.?';
const DAY_RANGE = new RegExp(`(?:du\\s+)?${DAY_WORD}\\s*(?:-|au|a)\\s*${DAY_WORD}`, 'g');
const DAY_SINGLE = new RegExp(`\\b${DAY_WORD}\\b`, 'g');
const TIME = '(\\d{1,2})\\s*(?:h|:)\\s*(\\d{2})?';
const TIME_RANGE = new RegExp(`${TIME}\\s*(?:-|a|au|jusqu'?a)\\s*${TIME}`, 'g');

export type HoursResult = { ok: true; value: string | null } | { ok: false; reason: string };

/**
 * Opening hours in OSM syntax: a valid OSM value is kept, a common French wording ("du lundi au vendredi
 * de 9h à 12h et de 14h à 18h ; samedi 9h-12h") is converted, anything else is refused with a reason.
 */
export function normaliseOpeningHours(value: string | null | undefined): HoursResult {
  const text = value?.trim();
  if (!text) return { ok: true, value: null };
  // Parsing hours costs ~1 ms and big sources repeat a few hundred distinct values: remember them.
  const cached = cache.get(text);
  if (cached) return cached;
  const result = normaliseUncached(text);
  if (cache.size >= 5000) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}

const cache = new Map<string, HoursResult>();

function normaliseUncached(text: string): HoursResult {
  if (validateOpeningHours(text).ok) return { ok: true, value: text };
  const converted = frenchHoursToOsm(text);
  if (converted && validateOpeningHours(converted).ok) return { ok: true, value: converted };
  return {
    ok: false,
    reason: `opening hours "${text.slice(0, 80)}" are neither OSM opening_hours nor a French wording we can read`,
  };
}

function dayIndex(word: string): number {
  return DAYS.findIndex(([name]) => name.startsWith(word.replace(/s?\.?$/, '').slice(0, 3)));
}

/** Converts French free-text hours; null when a part of the text cannot be read (never guesses). */
export function frenchHoursToOsm(text: string): string | null {
  const rules: string[] = [];
  const clauses = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/(\d)\s*h\s*(?=\d{2})/g, '$1h')
    .split(/\s*(?:;|\n|\||\.\s)\s*/)
    .filter((c) => c.trim() !== '');
  for (const clause of clauses) {
    const days = daysOf(clause);
    if (days.length === 0) return null;
    const closed = /\bferme/.test(clause);
    const times = closed ? [] : timesOf(clause);
    if (!closed && times.length === 0) return null;
    rules.push(`${compressDays(days)} ${closed ? 'off' : times.join(',')}`);
  }
  return rules.length > 0 ? rules.join('; ') : null;
}

function daysOf(clause: string): number[] {
  const days = new Set<number>();
  const rest = clause.replace(DAY_RANGE, (_m, from: string, to: string) => {
    const a = dayIndex(from);
    const b = dayIndex(to);
    if (a >= 0 && b >= 0) for (let d = a; d !== (b + 1) % 7; d = (d + 1) % 7) days.add(d);
    return ' ';
  });
  rest.replace(DAY_SINGLE, (_m, word: string) => {
    const d = dayIndex(word);
    if (d >= 0) days.add(d);
    return ' ';
  });
  return [...days].sort((a, b) => a - b);
}

function timesOf(clause: string): string[] {
  const times: string[] = [];
  for (const m of clause.matchAll(TIME_RANGE)) {
    const from = hhmm(m[1]!, m[2]);
    const to = hhmm(m[3]!, m[4]);
    if (!from || !to) return [];
    times.push(`${from}-${to}`);
  }
  return times;
}

function hhmm(hours: string, minutes: string | undefined): string | null {
  const h = Number(hours);
  const m = Number(minutes ?? '0');
  if (h > 24 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** [0,1,2,3,4,6] → "Mo-Fr,Su". */
function compressDays(days: number[]): string {
  const parts: string[] = [];
  let start = days[0]!;
  let prev = start;
  for (const day of [...days.slice(1), -1]) {
    if (day === prev + 1) {
      prev = day;
      continue;
    }
    const a = DAYS[start]![1];
    const b = DAYS[prev]![1];
    parts.push(start === prev ? a : prev === start + 1 ? `${a},${b}` : `${a}-${b}`);
    start = day;
    prev = day;
  }
  return parts.join(',');
}
