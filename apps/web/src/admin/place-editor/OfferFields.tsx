import { OffersEditor } from '../OffersEditor';
import { Override, type SectionProps } from './Override';

/** What the place takes or does, per action, with its override badge. */
export function OfferFields({ form, text, overrides, onChange }: SectionProps) {
  return (
    <>
      <Override field="offers" label={text.offers} overrides={overrides} />
      <OffersEditor offers={form.offers} text={text} onChange={(offers) => onChange({ offers })} />
    </>
  );
}
