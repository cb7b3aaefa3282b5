import { useId, useState } from 'react';
import { Checkbox } from '../forms/CheckboxList';
import { useI18n } from '../i18n/I18nContext';
import { weekdayName } from '../place/opening-hours';
import { describeWeek } from './describe-hours';
import { useHoursText } from './hours-text';
import { emptyWeek, intervalProblem, parseOpeningHours, toOpeningHours, type WeeklyHours } from './weekly-hours';

interface OpeningHoursEditorProps {
  /** OSM opening_hours ('' or null: none). */
  value: string | null;
  onChange(value: string): void;
  /** Overrides the fieldset's legend. */
  legend?: string;
}

/**
 * A week of opening times that writes OSM `opening_hours`, with the result in words and in OSM form.
 * Hours the simple editor cannot represent open in a raw text field instead, never silently rewritten.
 */
export function OpeningHoursEditor({ value, onChange, legend }: OpeningHoursEditorProps) {
  const text = useHoursText();
  const { lang } = useI18n();
  const id = useId();
  const [week, setWeek] = useState<WeeklyHours | null>(() => parseOpeningHours(value));
  const [raw, setRaw] = useState(value ?? '');

  function update(next: WeeklyHours) {
    setWeek(next);
    const osm = toOpeningHours(next);
    setRaw(osm);
    onChange(osm);
  }
  function setDay(day: number, intervals: WeeklyHours['days'][number]) {
    if (!week) return;
    update({ ...week, days: week.days.map((d, i) => (i === day ? intervals : d)) });
  }

  if (!week) {
    const parsed = parseOpeningHours(raw);
    return (
      <fieldset className="hours-editor">
        <legend>{legend ?? text.legend}</legend>
        <label htmlFor={`${id}-raw`} className="field-label">
          {text.rawLabel}
        </label>
        <p id={`${id}-raw-hint`} className="field-hint">
          {text.rawHint}
        </p>
        <textarea
          id={`${id}-raw`}
          className="input"
          rows={3}
          spellCheck={false}
          value={raw}
          aria-describedby={`${id}-raw-hint`}
          onChange={(e) => {
            setRaw(e.target.value);
            onChange(e.target.value);
          }}
        />
        <button type="button" className="button button-link" onClick={() => update(parsed ?? emptyWeek())}>
          {text.useSimple}
        </button>
        {!parsed && <p className="field-hint">{text.simpleLoses}</p>}
      </fieldset>
    );
  }

  const osm = toOpeningHours(week);
  const problems = week.days
    .map((intervals, day) =>
      intervals.some((i) => intervalProblem(i)) ? text.badInterval(weekdayName(day + 1, lang)) : null,
    )
    .filter((p): p is string => p !== null);
  return (
    <fieldset className="hours-editor">
      <legend>{legend ?? text.legend}</legend>
      <div className="hours-days">
        {week.days.map((intervals, day) => {
          const name = weekdayName(day + 1, lang);
          return (
            <div key={day} className="hours-day" role="group" aria-labelledby={`${id}-day-${day}`}>
              <span id={`${id}-day-${day}`} className="hours-day-name">
                {name}
              </span>
              {intervals.length === 0 && <span className="muted">{text.closed}</span>}
              {intervals.map((interval, n) => (
                <span key={n} className="hours-interval">
                  <input
                    type="time"
                    className="input"
                    aria-label={`${name}, ${text.opens} ${n + 1}`}
                    value={interval.opens}
                    aria-invalid={intervalProblem(interval) !== null}
                    onChange={(e) =>
                      setDay(
                        day,
                        intervals.map((iv, k) => (k === n ? { ...iv, opens: e.target.value } : iv)),
                      )
                    }
                  />
                  <span aria-hidden="true">–</span>
                  <input
                    type="time"
                    className="input"
                    aria-label={`${name}, ${text.closes} ${n + 1}`}
                    value={interval.closes}
                    aria-invalid={intervalProblem(interval) !== null}
                    onChange={(e) =>
                      setDay(
                        day,
                        intervals.map((iv, k) => (k === n ? { ...iv, closes: e.target.value } : iv)),
                      )
                    }
                  />
                  <button
                    type="button"
                    className="button button-icon"
                    aria-label={text.removeInterval(name, n + 1)}
                    onClick={() =>
                      setDay(
                        day,
                        intervals.filter((_, k) => k !== n),
                      )
                    }
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </span>
              ))}
              <button
                type="button"
                className="button button-icon"
                aria-label={text.addInterval(name)}
                onClick={() => {
                  const last = intervals[intervals.length - 1];
                  setDay(day, [
                    ...intervals,
                    last ? { opens: '14:00', closes: '18:00' } : { opens: '09:00', closes: '12:00' },
                  ]);
                }}
              >
                <span aria-hidden="true">+</span>
              </button>
            </div>
          );
        })}
      </div>
      <div className="hours-tools">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            update({ ...week, days: week.days.map((d, i) => (i < 5 ? week.days[0]!.map((iv) => ({ ...iv })) : d)) })
          }
        >
          {text.copyToWeekdays}
        </button>
        <Checkbox
          label={text.closedOnHolidays}
          checked={week.closedOnHolidays}
          onChange={(closedOnHolidays) => update({ ...week, closedOnHolidays })}
        />
      </div>
      {problems.length > 0 && (
        <ul className="field-message field-message-warning" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="hours-preview" aria-live="polite">
        <p className="field-label">{text.preview}</p>
        {osm ? (
          <>
            <ul>
              {describeWeek(week, lang).map((line) => (
                <li key={line.days}>
                  {line.days}
                  {lang === 'fr' ? '\u00a0: ' : ': '}
                  {line.hours}
                </li>
              ))}
              {week.closedOnHolidays && <li>{text.holidaysClosed}</li>}
            </ul>
            <p className="muted">
              {text.osm}
              {lang === 'fr' ? '\u00a0: ' : ': '}
              <code data-testid="osm-hours">{osm}</code>
            </p>
          </>
        ) : (
          <p className="muted">{text.none}</p>
        )}
      </div>
      <button type="button" className="button button-link" onClick={() => setWeek(null)}>
        {text.useRaw}
      </button>
    </fieldset>
  );
}
