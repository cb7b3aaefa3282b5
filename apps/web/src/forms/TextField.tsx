import { useId, type InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  hint?: string;
  /** A problem to fix, shown under the field and linked to it. */
  problem?: string | null;
  value: string;
  multiline?: boolean;
  onChange(value: string): void;
}

/** A labelled text input (or textarea) with its hint and problem tied to it for screen readers. */
export function TextField({ label, hint, problem, value, multiline, onChange, id: givenId, ...rest }: TextFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  const describedBy =
    [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    className: 'input',
    value,
    'aria-describedby': describedBy,
    'aria-invalid': problem ? true : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} {...rest} onChange={(e) => onChange(e.target.value)} />
      )}
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
