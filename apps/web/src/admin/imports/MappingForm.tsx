import { useId } from 'react';
import {
  MAPPING_FIELDS,
  type MappingChoice,
  type MappingDefaults,
  type MappingField,
  type MappingProblem,
} from './import-mapping';
import type { ImportsText } from './imports-text';

export interface TaxonomyOption {
  id: string;
  label: string;
}

/**
 * One labelled select per place field, listing the file's columns; problems tied to their select. Then
 * the kind and action given to every imported row (options from the taxonomy).
 */
export function MappingForm({
  columns,
  choice,
  problems,
  text,
  onChange,
  defaults,
  kinds,
  actions,
  onDefaultsChange,
}: {
  columns: string[];
  choice: MappingChoice;
  /** Shown once the person tried to run the import. */
  problems: MappingProblem[];
  text: ImportsText;
  onChange(choice: MappingChoice): void;
  defaults: MappingDefaults;
  kinds: readonly TaxonomyOption[];
  actions: readonly TaxonomyOption[];
  onDefaultsChange(defaults: MappingDefaults): void;
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
      {(['kind', 'action'] as const).map((key) => {
        const id = `${base}-row-${key}`;
        const options = key === 'kind' ? kinds : actions;
        return (
          <div className="field" key={key}>
            <label htmlFor={id} className="field-label">
              {key === 'kind' ? text.rowKind : text.rowAction}
            </label>
            <select
              id={id}
              className="input"
              value={defaults[key]}
              onChange={(e) => onDefaultsChange({ ...defaults, [key]: e.target.value })}
            >
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
