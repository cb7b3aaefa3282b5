import { Field, type FieldProps } from '../../forms/Field';

interface SelectFieldProps extends FieldProps {
  value: string;
  options: { value: string; label: string }[];
  required?: boolean;
  onChange(value: string): void;
}

/** A labelled select with its hint and problem tied to it for screen readers (see forms/Field). */
export function SelectField({ value, options, required, onChange, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={value}
          required={required}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
