import { useTaxonomy } from '../../app/useTaxonomy';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { PLACE_KINDS, type PlaceKind } from '../../search/search-state';
import { Overridable, type SectionProps } from './Override';

/** The place's name, kind and description. */
export function IdentityFields({ form, text, overrides, onChange }: SectionProps) {
  const taxonomy = useTaxonomy();
  return (
    <>
      <Overridable field="name" label={text.name} overrides={overrides}>
        <TextField label={text.name} required value={form.name} onChange={(name) => onChange({ name })} />
      </Overridable>
      <Overridable field="kind" label={text.kind} overrides={overrides}>
        <SelectField<PlaceKind | ''>
          id="place-kind"
          label={text.kind}
          value={form.kind}
          options={[['', '—'], ...PLACE_KINDS.map((k) => [k, taxonomy.kindLabel(k)] as const)]}
          onChange={(kind) => onChange({ kind })}
        />
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
