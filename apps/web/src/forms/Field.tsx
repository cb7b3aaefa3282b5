import { useId, type ReactNode } from 'react';

/** What a field's control carries to be tied to its label, hint and problem. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export interface FieldProps {
  /** The control's id; one is generated without it. */
  id?: string;
  label: string;
  hint?: string;
  /** A problem to fix, shown under the field and linked to it; several (one per line of a list field) as a list. */
  problem?: string | readonly string[] | null;
}

/** A label, a hint and a problem, tied for screen readers to the control `children` renders. */
export function Field({
  id: givenId,
  label,
  hint,
  problem,
  children,
}: FieldProps & { children(control: FieldControl): ReactNode }) {
  const generated = useId();
  const id = givenId ?? generated;
  const hasProblem = typeof problem === 'string' ? problem !== '' : (problem?.length ?? 0) > 0;
  const describedBy =
    [hint ? `${id}-hint` : null, hasProblem ? `${id}-problem` : null].filter(Boolean).join(' ') || undefined;
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
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': hasProblem ? true : undefined })}
      {hasProblem &&
        (typeof problem === 'string' ? (
          <p id={`${id}-problem`} className="field-problem">
            {problem}
          </p>
        ) : (
          <ul id={`${id}-problem`} className="field-problem field-problems">
            {problem!.map((each) => (
              <li key={each}>{each}</li>
            ))}
          </ul>
        ))}
    </div>
  );
}
