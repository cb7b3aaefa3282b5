import type { AdminText } from '../admin-text';
import { fieldName, formatValue } from '../format-value';
import { formValueAt, type PlaceForm } from '../place-form';
import type { Outcome } from './place-editor-state';

/** The last action's outcome: a confirmation, an error, problems to fix, or a conflict to reload. */
export function OutcomeNotice({
  outcome,
  text,
  form,
  onReload,
}: {
  outcome: Outcome | null;
  text: AdminText;
  form: PlaceForm;
  onReload(): Promise<void>;
}) {
  if (!outcome) return null;
  if (outcome.kind === 'ok')
    return (
      <p className="notice notice-success" role="status">
        {outcome.message}
      </p>
    );
  if (outcome.kind === 'error')
    return (
      <p className="notice notice-error" role="alert">
        {outcome.message}
      </p>
    );
  if (outcome.kind === 'problems')
    return (
      <div className="notice notice-error" role="alert">
        <p>{text.problems}</p>
        <ul>
          {outcome.problems.map((p) => (
            <li key={`${p.field}${p.message}`}>
              {fieldName(p.field, text)} — {p.message}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="notice notice-warning conflict" role="alert">
      <h2>{text.conflictTitle}</h2>
      <p>{text.conflictText}</p>
      <table className="diff-table">
        <caption className="visually-hidden">{text.conflictTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{text.field}</th>
            <th scope="col">{text.theirValue}</th>
            <th scope="col">{text.yourValue}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.conflict.changedFields.map((c) => (
            <tr key={c.field}>
              <th scope="row">{fieldName(c.field, text)}</th>
              <td>{formatValue(c.field, c.current, text)}</td>
              <td>{formatValue(c.field, formValueAt(form, c.field), text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button-primary" onClick={() => void onReload()}>
        {text.reload}
      </button>
    </div>
  );
}
