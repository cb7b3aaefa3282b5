import { useId } from 'react';

interface SelectFieldProps {
  label: string;
  hint?: string;
  /** A problem to fix, shown under the field and linked to it. */
  problem?: string | null;
  value: string;
  options: { value: string; label: string }[];
  required?: boolean;
  onChange(value: string): void;
}

/** A labelled select with its hint and problem tied to it for screen readers (as forms/TextField). */
export function SelectField({ label, hint, problem, value, options, required, onChange }: SelectFieldProps) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ') || undefined;
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
      <select
        id={id}
        className="input"
        value={value}
        required={required}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
