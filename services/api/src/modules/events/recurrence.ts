import { DateTime } from 'luxon';
import * as rrulePackage from 'rrule';
import { badInput } from '../../shared/errors';

// rrule ships a UMD bundle: Node's ESM loader (tsx, the CLI) sees only its default export, CommonJS (jest) the
// names themselves; a named import crashes every `pnpm reemploi` command.
const { Frequency, RRule } = (rrulePackage as unknown as { default?: typeof rrulePackage }).default ?? rrulePackage;

/** Every event is in Paris time: its dates are local wall-clock times there, whatever the reader's zone. */
export const EVENT_ZONE = 'Europe/Paris';
/** A recurrence may generate this many occurrences at most (COUNT ≤ this, and so may an UNTIL). */
export const MAX_OCCURRENCES = 500;
/** A recurrence's UNTIL is at most this far after its first start (2 years). */
export const MAX_RECURRENCE_DAYS = 731;
/** An occurrence lasts at most this long (a weekend sale; a season is several events). */
export const MAX_DURATION_DAYS = 14;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const ALLOWED_FREQUENCIES = new Set([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY]);

/** A local date-time in Paris, `2027-01-09T14:00`, or BAD_USER_INPUT naming the field. */
export function parseLocal(value: string, field: string): DateTime {
  const match = LOCAL_DATE_TIME.exec(value);
  const local = match
    ? DateTime.fromObject(
        { year: +match[1]!, month: +match[2]!, day: +match[3]!, hour: +match[4]!, minute: +match[5]! },
        { zone: EVENT_ZONE },
      )
    : null;
  if (!local?.isValid)
    throw badInput(
      `${field} must be a local date and time in Paris, such as 2027-01-09T14:00 (got "${value}").`,
      field,
    );
  return local;
}

export interface Schedule {
  /** Occurrence starts (epoch ms), ascending. */
  starts: number[];
  durationMs: number;
  /** The rule as stored (RRULE value without DTSTART), null for a single date. */
  recurrence: string | null;
}

/**
 * Expands an event's dates: its first occurrence [startsAt, endsAt) in Paris time and an optional RFC 5545
 * RRULE (rrule). Refuses a rule without an end (COUNT or UNTIL), with more than MAX_OCCURRENCES
 * occurrences or an UNTIL more than two years on, sub-daily frequencies, and an end before the start.
 */
export function expandSchedule(startsAt: string, endsAt: string, recurrence: string | null | undefined): Schedule {
  const start = parseLocal(startsAt, 'startsAt');
  const end = parseLocal(endsAt, 'endsAt');
  const durationMs = end.toMillis() - start.toMillis();
  if (durationMs <= 0) throw badInput(`endsAt (${endsAt}) must be after startsAt (${startsAt}).`, 'endsAt');
  if (durationMs > MAX_DURATION_DAYS * 86_400_000)
    throw badInput(
      `An occurrence lasts at most ${MAX_DURATION_DAYS} days; publish a longer period as several events.`,
      'endsAt',
    );
  const rule = recurrence?.trim().replace(/^RRULE:/i, '') || null;
  if (!rule) return { starts: [start.toMillis()], durationMs, recurrence: null };
  const expanded = recurringStarts(start, rule.toUpperCase());
  return { starts: expanded.starts, durationMs, recurrence: expanded.rule };
}

function recurringStarts(start: DateTime, rule: string): { starts: number[]; rule: string } {
  if (/DTSTART|TZID|\n/i.test(rule))
    throw badInput('recurrence is the RRULE value only (FREQ=…;COUNT=…): the start comes from startsAt.', 'recurrence');
  let options;
  try {
    options = RRule.parseString(rule);
  } catch (error) {
    throw badInput(`recurrence is not an RFC 5545 RRULE: ${(error as Error).message}`, 'recurrence');
  }
  if (options.freq === undefined || !ALLOWED_FREQUENCIES.has(options.freq))
    throw badInput('recurrence needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.', 'recurrence');
  if (options.count == null && options.until == null)
    throw badInput(
      `recurrence must end: add COUNT (at most ${MAX_OCCURRENCES}) or UNTIL (at most two years after startsAt).`,
      'recurrence',
    );
  if (options.count != null && (options.count < 1 || options.count > MAX_OCCURRENCES))
    throw badInput(`recurrence COUNT must be between 1 and ${MAX_OCCURRENCES}.`, 'recurrence');
  // rrule works on "floating" dates: the Paris wall-clock time written as if it were UTC.
  const dtstart = floatingOf(start);
  if (options.until) options.until = floatingUntil(rule, options.until);
  if (options.until && options.until.getTime() - dtstart.getTime() > MAX_RECURRENCE_DAYS * 86_400_000)
    throw badInput('recurrence UNTIL must be at most two years after startsAt.', 'recurrence');
  let floating: Date[];
  try {
    // The iterator stops one past the cap, so a rule with a far UNTIL never expands whole.
    floating = new RRule({ ...options, dtstart }).all((_, i) => i <= MAX_OCCURRENCES);
  } catch (error) {
    throw badInput(`recurrence cannot be expanded: ${(error as Error).message}`, 'recurrence');
  }
  if (floating.length > MAX_OCCURRENCES)
    throw badInput(`recurrence generates more than ${MAX_OCCURRENCES} occurrences.`, 'recurrence');
  if (floating.length === 0) throw badInput('recurrence generates no occurrence.', 'recurrence');
  // Stored with UNTIL in UTC, as RFC 5545 wants beside a DTSTART with a TZID (the feeds keep the rule).
  const until = options.until ? { until: new Date(parisOfFloating(options.until)) } : {};
  const stored = RRule.optionsToString({ ...options, ...until }).replace(/^RRULE:/, '');
  return { starts: floating.map(parisOfFloating), rule: stored };
}

const floatingOf = (local: DateTime) =>
  new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));

/** The Paris instant of a floating date. */
const parisOfFloating = (d: Date) =>
  DateTime.fromObject(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    { zone: EVENT_ZONE },
  ).toMillis();

/** UNTIL as a floating date: a UTC one (…Z) moved to Paris time; a date alone includes its whole day. */
function floatingUntil(rule: string, until: Date): Date {
  if (/UNTIL=\d{8}T\d{6}Z/i.test(rule)) return floatingOf(DateTime.fromJSDate(until, { zone: EVENT_ZONE }));
  if (/UNTIL=\d{8}(;|$)/i.test(rule)) return new Date(until.getTime() + 86_399_000);
  return until;
}

/** An instant as a Paris local date-time string (`2027-01-09T14:00`). */
export const toLocal = (ms: number) => DateTime.fromMillis(ms, { zone: EVENT_ZONE }).toFormat("yyyy-LL-dd'T'HH:mm");

/** An instant in ISO 8601 with the Paris offset (`2027-01-09T14:00:00.000+01:00`). */
export const toParisIso = (ms: number) => DateTime.fromMillis(ms, { zone: EVENT_ZONE }).toISO()!;
