import { useInsightsAdminText } from './insights-admin-text';

const dayOf = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(date);

export interface Range {
  from: string;
  to: string;
}

/** The last 30 days, today included (Europe/Paris). */
export const lastDays = (): Range => ({
  from: dayOf(new Date(Date.now() - 29 * 86_400_000)),
  to: dayOf(new Date()),
});

/** « Du … Au … » of the insights pages. */
export function DateRange({ range, onChange }: { range: Range; onChange(range: Range): void }) {
  const text = useInsightsAdminText();
  return (
    <div className="demand-range">
      <label>
        {text.from}{' '}
        <input
          type="date"
          value={range.from}
          onChange={(e) => e.target.value && onChange({ ...range, from: e.target.value })}
        />
      </label>
      <label>
        {text.to}{' '}
        <input
          type="date"
          value={range.to}
          onChange={(e) => e.target.value && onChange({ ...range, to: e.target.value })}
        />
      </label>
    </div>
  );
}
