import { useI18n } from '../i18n/I18nContext';
import { openStatus } from '../place/opening-hours';

export function OpenBadge({
  openNow,
  nextChangeAt,
  now,
}: {
  openNow: boolean | null;
  nextChangeAt: string | null;
  now?: Date;
}) {
  const { lang } = useI18n();
  const status = openStatus({ openNow, nextChangeAt }, now ?? new Date(), lang);
  return (
    <p className={`open-status open-status-${status.state}`}>
      <span className="open-status-label">{status.label}</span>
      {status.detail && <span className="open-status-detail"> · {status.detail}</span>}
    </p>
  );
}
