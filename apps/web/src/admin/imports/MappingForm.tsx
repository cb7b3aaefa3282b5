import { useId } from 'react';
import { MAPPING_FIELDS, type MappingChoice, type MappingField, type MappingProblem } from './import-mapping';
import type { ImportsText } from './imports-text';

/** One labelled select per place field, listing the file's columns; problems tied to their select. */
export function MappingForm({
  columns,
  choice,
  problems,
  text,
  onChange,
}: {
  columns: string[];
  choice: MappingChoice;
  /** Shown once the person tried to run the import. */
  problems: MappingProblem[];
  text: ImportsText;
  onChange(choice: MappingChoice): void;
}) {
  const base = useId();
  const problemOf = (field: MappingField) => problems.find((p) => p.field === field);
  const message = (p: MappingProblem) =>
    p.kind === 'required'
      ? text.problems.required(text.fields[p.field])
      : p.kind === 'duplicate'
        ? text.problems.duplicate(text.fields[p.field], p.column)
        : text.problems.pair(text.fields[p.field]);
  return (
    <div className="imports-mapping">
      {MAPPING_FIELDS.map((field) => {
        const id = `${base}-${field}`;
        const problem = problemOf(field);
        return (
          <div className="field" key={field}>
            <label htmlFor={id} className="field-label">
              {text.fields[field]}
            </label>
            <select
              id={id}
              className="input"
              value={choice[field]}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => onChange({ ...choice, [field]: e.target.value })}
            >
              <option value="">{text.notImported}</option>
              {columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
            {problem && (
              <p id={`${id}-problem`} className="field-problem">
                {message(problem)}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
