import type { PlaceDetail } from '../graphql/operations';
import { dayText, noticeLine } from './notice-lines';
import { useNoticesText } from './notices-text';

/**
 * The place's notices, at the top of its page: closures first in strong type, then exceptional hours,
 * free notices and seasonal hours. Texts typed by staff are rendered as text (React escapes them).
 */
export function PlaceNotices({ notices }: { notices: PlaceDetail['notices'] }) {
  const text = useNoticesText();
  if (notices.length === 0) return null;
  return (
    <section className="place-notices" aria-label={text.title}>
      {notices.map((notice) => {
        if (notice.kind === 'SEASONAL_HOURS')
          return (
            <div key={notice.id} className="notice notice-info">
              <p>
                <strong>{text.seasonal}</strong>
              </p>
              <ul>
                {notice.seasons.map((season) => (
                  <li key={`${season.from}-${season.to}`}>
                    {text.season(dayText(`2024-${season.from}`, text), dayText(`2024-${season.to}`, text))}
                    {' : '}
                    <code>{season.openingHours}</code>
                  </li>
                ))}
              </ul>
            </div>
          );
        const line = noticeLine(notice, text);
        const severity = notice.kind === 'CLOSURE' && notice.current ? 'notice-error' : 'notice-warning';
        return (
          <p key={notice.id} className={`notice ${severity}`}>
            {notice.kind === 'NOTICE' ? line : <strong>{line}</strong>}
            {notice.kind === 'NOTICE' && notice.endsOn && ` ${text.noticeUntil(dayText(notice.endsOn, text))}`}
            {notice.kind === 'EXCEPTIONAL_HOURS' && ` ${text.hoursIncluded}`}
          </p>
        );
      })}
    </section>
  );
}
