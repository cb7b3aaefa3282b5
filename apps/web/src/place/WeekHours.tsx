import type { DayHours } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import { formatIntervals, weekdayName } from './opening-hours';

/** The next seven days in words: "lundi 3 mars — 9 h – 12 h et 14 h – 18 h". */
export function WeekHours({ days }: { days: DayHours[] }) {
  const { t, lang, locale } = useI18n();
  if (days.length === 0) return null;
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return (
    <table className="week-hours">
      <caption className="visually-hidden">{t.hoursNextDays}</caption>
      <tbody>
        {days.map((day, index) => (
          <tr key={day.date} className={index === 0 ? 'is-today' : undefined}>
            <th scope="row">
              <span className="weekday">{index === 0 ? t.today : weekdayName(day.weekday, lang)}</span>{' '}
              <span className="date">{dateFormat.format(new Date(`${day.date}T12:00:00Z`))}</span>
            </th>
            <td>
              {formatIntervals(day.intervals, lang)}
              {day.holiday && <span className="holiday"> ({day.holiday})</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
