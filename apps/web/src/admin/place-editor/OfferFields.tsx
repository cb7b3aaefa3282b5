import type { AdminText } from '../admin-text';
import { OffersEditor } from '../OffersEditor';
import type { PlaceForm } from '../place-form';
import { Override, type Overrides } from './Override';

/** What the place takes or does, per action, with its override badge. */
export function OfferFields({
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
      <Override field="offers" label={text.offers} overrides={overrides} />
      <OffersEditor offers={form.offers} text={text} onChange={(offers) => onChange({ offers })} />
    </>
  );
}
