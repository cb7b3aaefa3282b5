import { validateOpeningHours } from '@reemploi/directory/opening-hours';
import { AppError, ErrorCode } from '../../shared/errors';

/** Why a notice was refused (extensions.problem under BAD_USER_INPUT): stable, clients may word each. */
export const NoticeProblem = {
  REQUIRED: 'REQUIRED',
  INVALID_DATE: 'INVALID_DATE',
  ENDS_BEFORE_START: 'ENDS_BEFORE_START',
  ALREADY_OVER: 'ALREADY_OVER',
  TOO_FAR: 'TOO_FAR',
  TOO_LONG: 'TOO_LONG',
  MARKUP: 'MARKUP',
  INVALID_HOURS: 'INVALID_HOURS',
  TOO_MANY_SEASONS: 'TOO_MANY_SEASONS',
  TOO_MANY_NOTICES: 'TOO_MANY_NOTICES',
  NO_PLACES: 'NO_PLACES',
  TOO_MANY_PLACES: 'TOO_MANY_PLACES',
} as const;
export type NoticeProblem = (typeof NoticeProblem)[keyof typeof NoticeProblem];

export const noticeRefused = (problem: NoticeProblem, field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, problem });

export const REASON_MAX = 80;
export const MESSAGE_MAX = 280;
/** How far ahead a notice may end, and how far back it may start (a closure under way since last week). */
const MAX_AHEAD_DAYS = 731;
const MAX_BEHIND_DAYS = 31;
const MAX_SEASONS = 4;

export type NoticeKind = 'CLOSURE' | 'EXCEPTIONAL_HOURS' | 'SEASONAL_HOURS' | 'NOTICE';

export interface NoticeInput {
  kind: NoticeKind;
  startsOn?: string | null;
  endsOn?: string | null;
  reason?: string | null;
  message?: string | null;
  openingHours?: string | null;
  seasons?: readonly { from: string; to: string; openingHours: string }[] | null;
}

/** What is stored, before its id and creation date. */
export interface NoticeFields {
  kind: NoticeKind;
  startsOn: string | null;
  endsOn: string | null;
  reason: string | null;
  message: string | null;
  openingHours: string | null;
  seasons: { from: string; to: string; openingHours: string }[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local (Europe/Paris: the process's zone) calendar day of an instant, YYYY-MM-DD. */
export const localDay = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(y, m - 1, d + days));
}

function checkDay(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  if (!match || !date || localDay(date) !== value.trim())
    throw noticeRefused(NoticeProblem.INVALID_DATE, field, `"${value}" is not a date (YYYY-MM-DD).`);
  return value.trim();
}

function checkMonthDay(value: string, field: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(value.trim());
  // 2024 is a leap year: 02-29 is a day some years have.
  const date = match ? new Date(2024, Number(match[1]) - 1, Number(match[2])) : null;
  if (!match || !date || localDay(date) !== `2024-${value.trim()}`)
    throw noticeRefused(NoticeProblem.INVALID_DATE, field, `"${value}" is not a day of the year (MM-DD).`);
  return value.trim();
}

// A tag, a comment or a doctype: people type "<3" or "a < b", not "<b" followed by ">".
const MARKUP = /<\s*[a-z!/?][^>]*>/i;

function checkText(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  // eslint-disable-next-line no-control-regex
  const text = (value ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (!text) {
    if (required) throw noticeRefused(NoticeProblem.REQUIRED, field, `${field} is required for this notice.`);
    return null;
  }
  if ([...text].length > max)
    throw noticeRefused(NoticeProblem.TOO_LONG, field, `${field} is limited to ${max} characters.`);
  if (MARKUP.test(text))
    throw noticeRefused(NoticeProblem.MARKUP, field, `${field} is plain text: markup such as <b> is not allowed.`);
  return text;
}

function checkHours(value: string | null | undefined, field: string): string {
  const hours = value?.trim();
  if (!hours) throw noticeRefused(NoticeProblem.REQUIRED, field, `${field} is required for this notice.`);
  if (hours.length > 1000)
    throw noticeRefused(NoticeProblem.TOO_LONG, field, `${field} is limited to 1000 characters.`);
  const check = validateOpeningHours(hours);
  if (!check.ok) throw noticeRefused(NoticeProblem.INVALID_HOURS, field, `Invalid opening_hours: ${check.message}`);
  return hours;
}

/** The period of a dated notice: days valid, in order, not over, within two years of today. */
function checkPeriod(input: NoticeInput, today: string, startRequired: boolean): { startsOn: string; endsOn: string } {
  if (!input.endsOn) throw noticeRefused(NoticeProblem.REQUIRED, 'endsOn', 'endsOn is required for this notice.');
  if (startRequired && !input.startsOn)
    throw noticeRefused(NoticeProblem.REQUIRED, 'startsOn', 'startsOn is required for this notice.');
  const startsOn = input.startsOn ? checkDay(input.startsOn, 'startsOn') : today;
  const endsOn = checkDay(input.endsOn, 'endsOn');
  if (endsOn < startsOn)
    throw noticeRefused(
      NoticeProblem.ENDS_BEFORE_START,
      'endsOn',
      `It ends (${endsOn}) before it starts (${startsOn}).`,
    );
  if (endsOn < today) throw noticeRefused(NoticeProblem.ALREADY_OVER, 'endsOn', `It ended on ${endsOn}, before today.`);
  if (endsOn > addDays(today, MAX_AHEAD_DAYS))
    throw noticeRefused(NoticeProblem.TOO_FAR, 'endsOn', 'A notice ends within two years.');
  if (startsOn < addDays(today, -MAX_BEHIND_DAYS))
    throw noticeRefused(NoticeProblem.TOO_FAR, 'startsOn', 'A notice starts at most a month ago.');
  return { startsOn, endsOn };
}

/** Checks a notice as typed by staff; throws BAD_USER_INPUT with a stable `problem` on the first fault. */
export function parseNotice(input: NoticeInput, now: Date): NoticeFields {
  const today = localDay(now);
  const none = { startsOn: null, endsOn: null, reason: null, message: null, openingHours: null, seasons: [] };
  switch (input.kind) {
    case 'CLOSURE':
      return {
        ...none,
        kind: input.kind,
        ...checkPeriod(input, today, true),
        reason: checkText(input.reason, 'reason', REASON_MAX, true),
      };
    case 'EXCEPTIONAL_HOURS':
      return {
        ...none,
        kind: input.kind,
        ...checkPeriod(input, today, true),
        reason: checkText(input.reason, 'reason', REASON_MAX, false),
        openingHours: checkHours(input.openingHours, 'openingHours'),
      };
    case 'NOTICE':
      return {
        ...none,
        kind: input.kind,
        ...checkPeriod(input, today, false),
        message: checkText(input.message, 'message', MESSAGE_MAX, true),
      };
    case 'SEASONAL_HOURS': {
      const seasons = input.seasons ?? [];
      if (seasons.length === 0) throw noticeRefused(NoticeProblem.REQUIRED, 'seasons', 'Give at least one season.');
      if (seasons.length > MAX_SEASONS)
        throw noticeRefused(NoticeProblem.TOO_MANY_SEASONS, 'seasons', `At most ${MAX_SEASONS} seasons.`);
      return {
        ...none,
        kind: input.kind,
        seasons: seasons.map((season, i) => ({
          from: checkMonthDay(season.from, `seasons.${i}.from`),
          to: checkMonthDay(season.to, `seasons.${i}.to`),
          openingHours: checkHours(season.openingHours, `seasons.${i}.openingHours`),
        })),
      };
    }
    default:
      throw noticeRefused(NoticeProblem.REQUIRED, 'kind', 'Unknown notice kind.');
  }
}

/** A notice still has something to say on `today`: seasonal hours always, dated ones until their last day. */
export const isLive = (notice: { endsOn?: string | null; kind: string }, today: string) =>
  notice.kind === 'SEASONAL_HOURS' || (notice.endsOn ?? '') >= today;
