import { OpeningHoursEditor } from '../../hours/OpeningHoursEditor';
import { Override, type SectionProps } from './Override';

/** The opening hours, week by week, with their override badge. */
export function HoursFields({ form, text, overrides, onChange }: SectionProps) {
  return (
    <>
      <Override field="openingHours" label={text.openingHours} overrides={overrides} />
      <OpeningHoursEditor value={form.openingHours} onChange={(openingHours) => onChange({ openingHours })} />
    </>
  );
}
