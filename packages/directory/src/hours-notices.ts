import { openingHoursRules, validateOpeningHours } from './opening-hours';

/** A dated change to a place's hours, as the directory folds it into its opening_hours. */
export interface HoursNotice {
  kind: 'CLOSURE' | 'EXCEPTIONAL_HOURS' | 'SEASONAL_HOURS' | 'NOTICE';
  /** First and last local day (YYYY-MM-DD, inclusive); seasonal hours have none (every year). */
  startsOn?: string | null;
  endsOn?: string | null;
  /** Shown to residents for a closure ("grève", "travaux"); becomes the rule's comment. */
  reason?: string | null;
  /** EXCEPTIONAL_HOURS: the hours for the whole period (OSM opening_hours). */
  openingHours?: string | null;
  /** SEASONAL_HOURS: each season's hours, from and to as MM-DD (inclusive, may wrap the new year). */
  seasons?: readonly { from: string; to: string; openingHours: string }[] | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-12-24" → "2026 Dec 24"; "04-01" → "Apr 01" (OSM's date selectors). */
function osmDate(isoDate: string): string {
  const parts = isoDate.split('-');
  const [day, month] = [parts.pop()!, Number(parts.pop())];
  const year = parts.pop();
  return `${year ? `${year} ` : ''}${MONTHS[month - 1]} ${day}`;
}

function osmRange(from: string, to: string): string {
  return from === to ? osmDate(from) : `${osmDate(from)}-${osmDate(to)}`;
}

/** A comment is quoted; a double quote inside would end it, and a line break is not allowed. */
function osmComment(text: string): string {
  return `"${text
    .replace(/"/g, '”')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim()}"`;
}

/**
 * `hours` valid only within `range`: the period is first closed, then each rule of `hours` gets the
 * range as its first selector, so the set replaces the base hours for the whole period (a day the set
 * does not mention is closed), as OSM's later rules override earlier ones for the days they select.
 */
function rulesWithin(range: string, hours: string): string {
  const rules = openingHoursRules(hours);
  let value = `${range} off`;
  let separator = '; ';
  for (const { rule, fallback, next } of rules) {
    value += fallback ? ' || ' : separator;
    value += `${range} ${rule}`;
    separator = next === ',' ? ', ' : '; ';
  }
  return value;
}

/**
 * The opening_hours a place really has: its base hours, then its seasonal sets, exceptional hours and
 * closures as date-range rules of OSM's own syntax (e.g. `Mo-Sa 09:00-18:00; 2026 Dec 24-2026 Dec 26
 * off "grève"`), so the opening_hours library evaluates them like any hours. Later rules win: seasons,
 * then exceptional hours, then closures. Free notices do not change hours. With no base hours, the rest
 * of the year stays unknown (`24/7 unknown`). Throws when a set's hours do not parse.
 */
export function composeOpeningHours(base: string | null, notices: readonly HoursNotice[]): string | null {
  const rules: string[] = [];
  for (const notice of notices)
    if (notice.kind === 'SEASONAL_HOURS')
      for (const season of notice.seasons ?? [])
        rules.push(rulesWithin(osmRange(season.from, season.to), season.openingHours));
  for (const notice of notices)
    if (notice.kind === 'EXCEPTIONAL_HOURS' && notice.startsOn && notice.endsOn && notice.openingHours)
      rules.push(rulesWithin(osmRange(notice.startsOn, notice.endsOn), notice.openingHours));
  for (const notice of notices)
    if (notice.kind === 'CLOSURE' && notice.startsOn && notice.endsOn)
      rules.push(
        `${osmRange(notice.startsOn, notice.endsOn)} off${notice.reason ? ` ${osmComment(notice.reason)}` : ''}`,
      );
  if (rules.length === 0) return base;
  const composed = [base ?? '24/7 unknown', ...rules].join('; ');
  const check = validateOpeningHours(composed);
  if (!check.ok) throw new Error(check.message);
  return composed;
}
