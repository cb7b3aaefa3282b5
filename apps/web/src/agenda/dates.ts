/** Dates of the agenda, always in Paris time (the events' zone), whatever the reader's own zone. */
const ZONE = 'Europe/Paris';

export const dayKey = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );

export const dayLabel = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(iso),
  );

export const timeLabel = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

const HOUR_MS = 3_600_000;

/**
 * `[from, to)` of the next `days` days from the start of this hour, as ISO instants for the API: the same
 * variables for an hour, so repeated renders and visitors share one cached answer; an event under way
 * (it ends after `from`) is still listed.
 */
export function nextDays(days: number, now = new Date()): { from: string; to: string } {
  const from = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  return { from: new Date(from).toISOString(), to: new Date(from + days * 86_400_000).toISOString() };
}
