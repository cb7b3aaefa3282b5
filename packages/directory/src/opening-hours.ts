import OpeningHours from 'opening_hours';

/** Where the rules are evaluated: the library needs a country and region to know public holidays (PH). */
const COTENTIN = { lat: 49.6, lon: -1.6, address: { country_code: 'fr', state: 'Normandie' } };
// French messages: staff who type the hours read the errors.
const OPTIONS = { mode: 0, tag_key: undefined, map_value: undefined, warnings_severity: undefined, locale: 'fr' };
const CACHE_LIMIT = 2000;
const DAY_MS = 24 * 3600 * 1000;

export interface DayHours {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Open intervals in local time, HH:MM; a range running to midnight closes at "24:00". */
  intervals: { opens: string; closes: string }[];
  /** Name of the French public holiday on that date, if any. */
  holiday: string | null;
}

// Parsing costs ~100 µs and a directory has few distinct strings: keep parsed objects, bounded.
const parsed = new Map<string, OpeningHours | null>();

function construct(value: string): OpeningHours {
  return new OpeningHours(value, COTENTIN, OPTIONS);
}

function parse(value: string): OpeningHours | null {
  const hit = parsed.get(value);
  if (hit !== undefined || parsed.has(value)) return hit ?? null;
  let result: OpeningHours | null;
  try {
    result = construct(value);
  } catch {
    result = null;
  }
  if (parsed.size >= CACHE_LIMIT) parsed.delete(parsed.keys().next().value as string);
  parsed.set(value, result);
  return result;
}

/** Checks an OSM opening_hours value; the message (in French) says what is wrong. */
export function validateOpeningHours(value: string): { ok: true } | { ok: false; message: string } {
  if (value.trim() === '') return { ok: false, message: 'Horaires vides.' };
  try {
    construct(value);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: String(error) };
  }
}

const RULE_BREAK = '\u0001';

/**
 * The rules of a valid opening_hours value, as the library splits them: each rule's text, whether it is a
 * fallback (`||`) and the separator to the next (`;` a normal rule, `,` an additional one). Throws when the
 * value does not parse.
 */
export function openingHoursRules(value: string): { rule: string; fallback: boolean; next: ';' | ',' }[] {
  if (value.includes(RULE_BREAK)) throw new Error('Caractère de contrôle dans les horaires.');
  // The typings list the options flat; the library reads them under `conf`.
  const options = { conf: { rule_sep_string: RULE_BREAK, print_semicolon: true } } as object;
  const pretty = construct(value).prettifyValue(options);
  return pretty.split(RULE_BREAK).map((piece) => {
    const fallback = piece.startsWith('|| ');
    let rule = fallback ? piece.slice(3) : piece;
    const next = rule.endsWith(',') ? ',' : ';';
    if (rule.endsWith(',') || rule.endsWith(';')) rule = rule.slice(0, -1);
    return { rule: rule.trim(), fallback, next };
  });
}

/** Whether the hours say open at `at`; null when the value is null, invalid or says "unknown" then. */
export function isOpenAt(value: string | null, at: Date): boolean | null {
  const hours = value === null ? null : parse(value);
  if (!hours) return null;
  return spanAt(value!, hours, at).open;
}

/** The next instant the open/closed state changes after `at` (within a year); null if never or unknown. */
export function nextChangeAt(value: string | null, at: Date): Date | null {
  const hours = value === null ? null : parse(value);
  if (!hours) return null;
  const next = spanAt(value!, hours, at).next;
  return next === null ? null : new Date(next);
}

/**
 * The state of some hours from `from` until their next change: the same for any instant in [from, until).
 * Evaluating a rule costs tens to hundreds of microseconds (moving holidays, "Sa[1]"), and a page of 20
 * places asks openNow and nextChangeAt of a few distinct strings on every request, so each string's current
 * span is kept and reused until its next change (a minute when it never changes within a year).
 */
interface Span {
  from: number;
  until: number;
  open: boolean | null;
  next: number | null;
}

const spans = new Map<string, Span>();

function spanAt(value: string, hours: OpeningHours, at: Date): Span {
  const t = at.getTime();
  const hit = spans.get(value);
  if (hit && hit.from <= t && t < hit.until) return hit;
  const next = hours.getNextChange(at, new Date(t + 366 * DAY_MS))?.getTime() ?? null;
  const span: Span = {
    from: t,
    until: next ?? t + 60_000,
    open: hours.getUnknown(at) ? null : hours.getState(at),
    next,
  };
  if (!hit && spans.size >= CACHE_LIMIT) spans.delete(spans.keys().next().value as string);
  spans.set(value, span);
  return span;
}

/** Open intervals per local day for `days` days starting on the local day of `from`; [] when null/invalid. */
export function weekHours(value: string | null, from: Date, days = 7): DayHours[] {
  const hours = value === null ? null : parse(value);
  if (!hours) return [];
  const result: DayHours[] = [];
  for (let i = 0; i < days; i++) {
    // Built from calendar fields, so a 23 h or 25 h day (summer/winter time) stays one day.
    const start = new Date(from.getFullYear(), from.getMonth(), from.getDate() + i);
    const end = new Date(from.getFullYear(), from.getMonth(), from.getDate() + i + 1);
    result.push(dayHours(hours, start, end));
  }
  return result;
}

function dayHours(hours: OpeningHours, start: Date, end: Date): DayHours {
  const intervals = hours
    .getOpenIntervals(start, end)
    .filter(([, , unknown]) => !unknown)
    .map(([opens, closes]) => ({ opens: clock(opens, start), closes: clock(closes, start) }));
  return {
    date: isoDate(start),
    weekday: start.getDay() === 0 ? 7 : start.getDay(),
    intervals,
    holiday: holidayName(start),
  };
}

let holidays: OpeningHours | undefined;

function holidayName(dayStart: Date): string | null {
  holidays ??= construct('PH');
  // A "PH" rule is open all day on a holiday, and its comment is the holiday's name.
  const noon = new Date(dayStart.getFullYear(), dayStart.getMonth(), dayStart.getDate(), 12);
  return holidays.getState(noon) ? (holidays.getComment(noon) ?? 'Jour férié') : null;
}

function clock(date: Date, dayStart: Date): string {
  if (date.getTime() > dayStart.getTime() && date.getHours() === 0 && date.getMinutes() === 0) return '24:00';
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
