import { useTaxonomy } from '../../app/useTaxonomy';
import { TextField } from '../../forms/TextField';
import { PLACE_KINDS, type PlaceKind } from '../../search/search-state';
import type { AdminText } from '../admin-text';
import type { PlaceForm } from '../place-form';
import { Overridable, type Overrides } from './Override';

/** The place's name, kind and description. */
export function IdentityFields({
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
      <Overridable field="name" label={text.name} overrides={overrides}>
        <TextField label={text.name} required value={form.name} onChange={(name) => onChange({ name })} />
      </Overridable>
      <Overridable field="kind" label={text.kind} overrides={overrides}>
        <div className="field">
          <label htmlFor="place-kind" className="field-label">
            {text.kind}
          </label>
          <select
            id="place-kind"
            className="input"
            value={form.kind}
            onChange={(e) => onChange({ kind: e.target.value as PlaceKind })}
          >
            <option value="">—</option>
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {taxonomy.kindLabel(k)}
              </option>
            ))}
          </select>
        </div>
      </Overridable>
      <Overridable field="description" label={text.description} overrides={overrides}>
        <TextField
          label={text.description}
          multiline
          value={form.description}
          onChange={(description) => onChange({ description })}
        />
      </Overridable>
    </>
  );
}
