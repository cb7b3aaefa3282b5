import type { PlaceNotice } from '../../places';
import { isLive, localDay } from '../notice-input';

type Notice = Omit<PlaceNotice, 'message'> & { message?: string | null };

/** A notice as the API shows it: `current` when today (Europe/Paris) is within its days. */
export function noticeView(notice: Notice, now: Date) {
  const today = localDay(now);
  const current =
    notice.kind === 'SEASONAL_HOURS' || ((notice.startsOn ?? '') <= today && today <= (notice.endsOn ?? ''));
  return { ...notice, seasons: notice.seasons ?? [], current };
}

/** The notices not yet over at `now`: current first, then by first day. */
export function liveNotices(notices: readonly PlaceNotice[], now: Date) {
  const today = localDay(now);
  return notices
    .filter((notice) => isLive(notice, today))
    .map((notice) => noticeView(notice, now))
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) ||
        (a.startsOn ?? '').localeCompare(b.startsOn ?? '') ||
        a.createdAt.getTime() - b.createdAt.getTime(),
    );
}
