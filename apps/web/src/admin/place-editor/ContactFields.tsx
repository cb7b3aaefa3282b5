import { TextField } from '../../forms/TextField';
import { Overridable, type SectionProps } from './Override';

/** Phone, e-mail and website. */
export function ContactFields({ form, text, overrides, onChange }: SectionProps) {
  return (
    <fieldset className="form-section">
      <legend>{text.contact}</legend>
      <Overridable field="contact.phone" label={text.phone} overrides={overrides}>
        <TextField label={text.phone} type="tel" value={form.phone} onChange={(phone) => onChange({ phone })} />
      </Overridable>
      <Overridable field="contact.email" label={text.placeEmail} overrides={overrides}>
        <TextField label={text.placeEmail} type="email" value={form.email} onChange={(email) => onChange({ email })} />
      </Overridable>
      <Overridable field="contact.website" label={text.website} overrides={overrides}>
        <TextField label={text.website} type="url" value={form.website} onChange={(website) => onChange({ website })} />
      </Overridable>
    </fieldset>
  );
}
