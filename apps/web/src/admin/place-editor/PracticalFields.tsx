import { useTaxonomy } from '../../app/useTaxonomy';
import { Checkbox, CheckboxList } from '../../forms/CheckboxList';
import { TextField } from '../../forms/TextField';
import type { AdminText } from '../admin-text';
import type { PlaceForm } from '../place-form';
import { Override, type Overrides } from './Override';

/** Labels (ESS, insertion…), then home service, appointments, audience and accessibility. */
export function PracticalFields({
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
  const taxonomy = useTaxonomy();
  return (
    <>
      <fieldset className="form-section">
        <legend>{text.labels}</legend>
        <Override field="labels" label={text.labels} overrides={overrides} />
        <CheckboxList
          options={(taxonomy.data?.labels ?? []).map((l) => ({ value: l.id, label: l.label }))}
          value={form.labels}
          onChange={(labels) => onChange({ labels })}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{text.practical}</legend>
        <Checkbox
          label={text.homeService}
          checked={form.homeService}
          onChange={(homeService) => onChange({ homeService })}
        />
        <Checkbox
          label={text.appointmentOnly}
          checked={form.appointmentOnly}
          onChange={(appointmentOnly) => onChange({ appointmentOnly })}
        />
        <div className="field">
          <label htmlFor="place-audience" className="field-label">
            {text.audience}
          </label>
          <select
            id="place-audience"
            className="input input-narrow"
            value={form.audience}
            onChange={(e) => onChange({ audience: e.target.value as PlaceForm['audience'] })}
          >
            {(['', 'PUBLIC', 'PROFESSIONALS', 'BOTH'] as const).map((a) => (
              <option key={a} value={a}>
                {text.audiences[a]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={text.accessibility}
          value={form.accessibility}
          onChange={(accessibility) => onChange({ accessibility })}
        />
      </fieldset>
    </>
  );
}
