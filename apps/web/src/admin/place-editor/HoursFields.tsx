import { OpeningHoursEditor } from '../../hours/OpeningHoursEditor';
import type { AdminText } from '../admin-text';
import type { PlaceForm } from '../place-form';
import { Override, type Overrides } from './Override';

/** The opening hours, week by week, with their override badge. */
export function HoursFields({
  form,
  text,
  overrides,
  onChange,
}: {
  form: PlaceForm;
  text: AdminText;
  overrides: Overrides;
  onChange(patch: Partial<PlaceForm>): void;
}) {
  return (
    <>
      <Override field="openingHours" label={text.openingHours} overrides={overrides} />
      <OpeningHoursEditor value={form.openingHours} onChange={(openingHours) => onChange({ openingHours })} />
    </>
  );
}
