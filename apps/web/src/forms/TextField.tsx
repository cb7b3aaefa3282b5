import type { InputHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'>, FieldProps {
  value: string;
  multiline?: boolean;
  onChange(value: string): void;
}

/** A labelled text input (or textarea) with its hint and problem tied to it for screen readers. */
export function TextField({ label, hint, problem, value, multiline, onChange, id, ...rest }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} problem={problem}>
      {(control) =>
        multiline ? (
          <textarea {...control} className="input" value={value} rows={3} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...control} className="input" value={value} {...rest} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}
