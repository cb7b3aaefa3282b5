import { useI18n } from '../../i18n/I18nContext';
import type { ScheduledSource } from './imports-operations';
import type { ImportsText } from './imports-text';
import { LICENCE_FORMATS, SourceOptionsForm } from './SourceOptionsForm';

/** What the schedule column and the errors column say about one source. */
export function scheduleFacts(source: ScheduledSource, now: Date) {
  const running = source.lockedUntil !== null && new Date(source.lockedUntil) > now;
  const last = source.runs[0] ?? null;
  const failure = last && (last.status === 'FAILED' || last.status === 'INTERRUPTED') ? last : null;
  return {
    running,
    // The API sets lastRunAt when a run succeeds, and only then.
    lastSuccess: source.lastRunAt,
    nextRun: source.schedule ? source.nextRunAt : null,
    failure,
    rejected: last && last.status === 'SUCCEEDED' && last.rejected > 0 ? last : null,
  };
}

/**
 * Every source with its schedule, its last success, its next run and its last errors: what staff check in
 * the morning after the nightly territory sync (`pnpm reemploi territory sync`, docs/staff-guide.md).
 */
export function SourceSchedule({
  sources,
  text,
  admin = false,
  now = new Date(),
}: {
  sources: ScheduledSource[];
  text: ImportsText;
  /** Administrators also set the licences accepted for data-fair sources (SourceOptionsForm). */
  admin?: boolean;
  now?: Date;
}) {
  const { locale } = useI18n();
  const date = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
          new Date(iso),
        )
      : '';
  const s = text.schedule;
  return (
    <section className="imports-step" aria-labelledby="imports-schedule-title">
      <h2 id="imports-schedule-title">{s.title}</h2>
      <p>{s.intro}</p>
      {sources.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <div className="imports-table-wrap" tabIndex={0} role="region" aria-label={s.caption}>
          <table className="admin-table">
            <caption className="visually-hidden">{s.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.source}</th>
                <th scope="col">{s.when}</th>
                <th scope="col">{s.lastSuccess}</th>
                <th scope="col">{s.nextRun}</th>
                <th scope="col">{s.errors}</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => {
                const facts = scheduleFacts(source, now);
                return (
                  <tr key={source.id}>
                    <th scope="row">{source.name}</th>
                    <td>{source.schedule ? s.every(source.schedule) : s.byHand}</td>
                    <td>{facts.lastSuccess ? date(facts.lastSuccess) : s.never}</td>
                    <td>{facts.running ? s.running : facts.nextRun ? date(facts.nextRun) : '—'}</td>
                    <td>
                      {facts.failure ? (
                        <span className="field-problem">
                          {s.failed(date(facts.failure.finishedAt ?? facts.failure.startedAt))}{' '}
                          <span lang="en">{facts.failure.error ?? ''}</span>
                        </span>
                      ) : facts.rejected ? (
                        s.rejected(facts.rejected.rejected)
                      ) : (
                        s.noErrors
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {admin && sources.some((source) => LICENCE_FORMATS.includes(source.format)) && (
        <>
          <h3>{text.options.title}</h3>
          <p>{text.options.intro}</p>
          {sources
            .filter((source) => LICENCE_FORMATS.includes(source.format))
            .map((source) => (
              <SourceOptionsForm key={source.id} source={source} text={text.options} />
            ))}
        </>
      )}
    </section>
  );
}
