import { useTaxonomy } from '../../app/useTaxonomy';
import { Checkbox, CheckboxList } from '../../forms/CheckboxList';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { Override, type SectionProps } from './Override';

const AUDIENCES = ['', 'PUBLIC', 'PROFESSIONALS', 'BOTH'] as const;

/** Labels (ESS, insertion…), then home service, appointments, audience and accessibility. */
export function PracticalFields({ form, text, overrides, onChange }: SectionProps) {
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
        <SelectField
          id="place-audience"
          label={text.audience}
          narrow
          value={form.audience}
          options={AUDIENCES.map((a) => [a, text.audiences[a]] as const)}
          onChange={(audience) => onChange({ audience })}
        />
        <TextField
          label={text.accessibility}
          value={form.accessibility}
          onChange={(accessibility) => onChange({ accessibility })}
        />
      </fieldset>
    </>
  );
}
