import { TextField } from '../../forms/TextField';
import type { ImportsText } from './imports-text';
import type { SourceFields } from './imports-state';

/** Step 1: the source the file's places belong to, an existing file source or a new one. */
export function SourceStep({
  id,
  value,
  fileSources,
  sourcesLoaded,
  tried,
  locked,
  text,
  onChange,
}: {
  /** The source list's id (the page's id prefix). */
  id: string;
  value: SourceFields;
  fileSources: { id: string; name: string; format: string }[];
  sourcesLoaded: boolean;
  tried: boolean;
  /** A run is under way or shown: the source can no longer change. */
  locked: boolean;
  text: ImportsText;
  onChange(patch: Partial<SourceFields>): void;
}) {
  const { mode, sourceId, name, licence, priority } = value;
  return (
    <fieldset className="imports-step" disabled={locked}>
      <legend>{text.sourceStep}</legend>
      <div className="imports-choice">
        <label>
          <input
            type="radio"
            name="source-mode"
            checked={mode === 'existing'}
            onChange={() => onChange({ mode: 'existing' })}
            disabled={fileSources.length === 0}
          />{' '}
          {text.sourceExisting}
        </label>
        <label>
          <input type="radio" name="source-mode" checked={mode === 'new'} onChange={() => onChange({ mode: 'new' })} />{' '}
          {text.sourceNew}
        </label>
      </div>
      {mode === 'existing' ? (
        <div className="field">
          <label htmlFor={id} className="field-label">
            {text.sourceSelect}
          </label>
          <select
            id={id}
            className="input"
            value={sourceId}
            onChange={(e) => onChange({ sourceId: e.target.value })}
            aria-invalid={tried && !sourceId ? true : undefined}
          >
            <option value="">{text.sourceNone}</option>
            {fileSources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.format})
              </option>
            ))}
          </select>
        </div>
      ) : (
        <>
          {fileSources.length === 0 && sourcesLoaded && <p className="field-hint">{text.noSources}</p>}
          <TextField
            label={text.sourceName}
            hint={text.sourceNameHint}
            value={name}
            onChange={(next) => onChange({ name: next })}
            problem={tried && !name.trim() ? text.chooseSource : null}
            maxLength={200}
          />
          <TextField
            label={text.licence}
            hint={text.licenceHint}
            value={licence}
            onChange={(next) => onChange({ licence: next })}
          />
          <TextField
            label={text.priority}
            hint={text.priorityHint}
            value={priority}
            onChange={(next) => onChange({ priority: next })}
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
          />
        </>
      )}
    </fieldset>
  );
}
