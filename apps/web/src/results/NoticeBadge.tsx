import { noticeBadge, type NoticeView } from '../place/notice-lines';
import { useNoticesText } from '../place/notices-text';

/** A result card's short line about a closure, exceptional hours or a free notice (nothing otherwise). */
export function NoticeBadge({ notices }: { notices: readonly NoticeView[] }) {
  const text = useNoticesText();
  const badge = noticeBadge(notices, text);
  return badge ? <p className="notice notice-warning result-notice">{badge}</p> : null;
}
