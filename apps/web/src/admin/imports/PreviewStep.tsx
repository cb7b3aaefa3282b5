import type { RefObject } from 'react';
import type { MappingChoice, MappingDefaults, MappingProblem } from './import-mapping';
import type { ImportPreview } from './imports-operations';
import type { ImportsText } from './imports-text';
import { MappingForm, type TaxonomyOption } from './MappingForm';

/** Steps 3 and 4: the file's first rows as read, then which column feeds which field, and the run button. */
export function PreviewStep({
  id,
  heading,
  preview,
  choice,
  problems,
  defaults,
  kinds,
  actions,
  locked,
  starting,
  text,
  onChoice,
  onDefaults,
  onRun,
}: {
  id: string;
  heading: RefObject<HTMLHeadingElement | null>;
  preview: ImportPreview;
  choice: MappingChoice;
  /** Shown once the person tried to run the import. */
  problems: MappingProblem[];
  defaults: MappingDefaults;
  kinds: readonly TaxonomyOption[];
  actions: readonly TaxonomyOption[];
  locked: boolean;
  starting: boolean;
  text: ImportsText;
  onChoice(choice: MappingChoice): void;
  onDefaults(defaults: MappingDefaults): void;
  onRun(): void;
}) {
  return (
    <>
      <section className="imports-step" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`} ref={heading} tabIndex={-1}>
          {text.previewStep}
        </h2>
        <p>{text.previewFacts(preview.encoding, preview.separator, preview.columns.length)}</p>
        <PreviewTable preview={preview} text={text} />
      </section>
      <fieldset className="imports-step" disabled={locked} id={`${id}-mapping`} tabIndex={-1}>
        <legend>{text.mappingStep}</legend>
        <p className="field-hint">{text.mappingHint}</p>
        <MappingForm
          columns={preview.columns}
          choice={choice}
          problems={problems}
          text={text}
          onChange={onChoice}
          defaults={defaults}
          kinds={kinds}
          actions={actions}
          onDefaultsChange={onDefaults}
        />
        <button type="button" className="button button-primary" onClick={onRun} disabled={starting}>
          {starting ? text.starting : text.run}
        </button>
      </fieldset>
    </>
  );
}

function PreviewTable({ preview, text }: { preview: ImportPreview; text: ImportsText }) {
  return (
    <div
      className="imports-table-wrap"
      tabIndex={0}
      role="region"
      aria-label={text.previewCaption(preview.rows.length)}
    >
      <table className="admin-table">
        <caption className="visually-hidden">{text.previewCaption(preview.rows.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.line}</th>
            {preview.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              {row.error ? (
                <td colSpan={preview.columns.length}>{text.rowError(row.error)}</td>
              ) : (
                row.cells.map((cell, i) => <td key={i}>{cell}</td>)
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
