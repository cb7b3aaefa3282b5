import type { NoticesText } from './notices-text';

/** A notice as the resident pages read it (Place.notices). */
export interface NoticeView {
  kind: 'CLOSURE' | 'EXCEPTIONAL_HOURS' | 'SEASONAL_HOURS' | 'NOTICE';
  startsOn?: string | null;
  endsOn?: string | null;
  reason?: string | null;
  message?: string | null;
  current: boolean;
}

/** "24 décembre" from "2026-12-24" (a calendar day: read at noon, so no time zone moves it). */
export function dayText(day: string, text: NoticesText): string {
  return new Date(`${day}T12:00:00`).toLocaleDateString(text.locale, { day: 'numeric', month: 'long' });
}

const withReason = (line: string, reason: string | null | undefined) => (reason ? `${line} (${reason})` : line);

/** The full sentence of the place page: "Fermé exceptionnellement du 24 décembre au 26 décembre (grève)". */
export function noticeLine(notice: NoticeView, text: NoticesText): string | null {
  if (notice.kind === 'NOTICE') return notice.message ?? null;
  if (notice.kind === 'SEASONAL_HOURS' || !notice.startsOn) return null;
  const from = dayText(notice.startsOn, text);
  const to = notice.endsOn && notice.endsOn !== notice.startsOn ? dayText(notice.endsOn, text) : null;
  return withReason(
    notice.kind === 'CLOSURE' ? text.closedPeriod(from, to) : text.hoursPeriod(from, to),
    notice.reason,
  );
}

/**
 * A result card's short badge: the first closure or exceptional hours (current or coming), else a current
 * free notice; null when there is nothing to say.
 */
export function noticeBadge(notices: readonly NoticeView[], text: NoticesText): string | null {
  const dated = notices.find((n) => n.kind === 'CLOSURE' || n.kind === 'EXCEPTIONAL_HOURS');
  if (dated?.startsOn && dated.endsOn) {
    if (!dated.current) return noticeLine(dated, text);
    const until = dayText(dated.endsOn, text);
    if (dated.kind === 'EXCEPTIONAL_HOURS') return text.hoursUntil(until);
    return withReason(dated.startsOn === dated.endsOn ? text.closedToday : text.closedUntil(until), dated.reason);
  }
  const notice = notices.find((n) => n.kind === 'NOTICE' && n.current);
  return notice?.message ?? null;
}
