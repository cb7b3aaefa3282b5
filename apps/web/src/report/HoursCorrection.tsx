import { useState } from 'react';
import { OpeningHoursEditor } from '../hours/OpeningHoursEditor';
import type { ReportText } from './report-text';

/** A place with no known hours shows no week of "closed" days: the resident opens the editor to give them. */
export function HoursCorrection(props: {
  known: boolean;
  value: string;
  text: ReportText;
  onChange(value: string): void;
}) {
  const [open, setOpen] = useState(props.known);
  if (!open)
    return (
      <div className="field">
        <p className="field-label">{props.text.hours}</p>
        <p>{props.text.hoursUnknown}</p>
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {props.text.addHours}
        </button>
      </div>
    );
  return <OpeningHoursEditor legend={props.text.hours} value={props.value} onChange={props.onChange} />;
}
