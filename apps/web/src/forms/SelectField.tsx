import { Field, type FieldProps } from './Field';

/** A labelled select; `options` are [value, words] pairs, or [value, words, language of the words]. */
export function SelectField<T extends string>({
  value,
  options,
  narrow,
  onChange,
  ...field
}: FieldProps & {
  value: T;
  options: readonly (readonly [T, string] | readonly [T, string, string])[];
  /** For short values (a count, a language). */
  narrow?: boolean;
  onChange(value: T): void;
}) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          className={narrow ? 'input input-narrow' : 'input'}
          value={value}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map(([option, label, lang]) => (
            <option key={option} value={option} lang={lang}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
