import { Field } from '../../forms/Field';

/** A labelled textarea for one value per line, its hint and its problems (one per line) tied to it. */
export function LinesField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  problems: string[];
  placeholder?: string;
  onChange(value: string): void;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} problem={props.problems}>
      {(control) => (
        <textarea
          {...control}
          className="input"
          rows={3}
          value={props.value}
          placeholder={props.placeholder}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
