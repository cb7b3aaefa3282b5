import type { ImportRun } from './imports-operations';
import type { ImportsText } from './imports-text';

/** A finished run: its counts, the rows it rejected and those it imported without a value. */
export function RunResults({ run, text }: { run: ImportRun; text: ImportsText }) {
  return (
    <>
      <dl className="imports-counts">
        {(['created', 'updated', 'unchanged', 'rejected', 'warned', 'closed', 'queuedForReview'] as const).map((k) => (
          <div key={k}>
            <dt>{text.counts[k]}</dt>
            <dd>{run[k]}</dd>
          </div>
        ))}
      </dl>
      <h3>{text.rejectionsTitle}</h3>
      {run.rejections.length === 0 ? (
        <p>{text.noRejections}</p>
      ) : (
        <ProblemsTable
          caption={text.rejectionsCaption}
          headers={[text.line, text.externalId, text.reason, text.detail]}
          // The detail is the API's English wording, naming the value.
          detailLang="en"
          rows={run.rejections.map((r) => ({
            ...r,
            problem: codeLabel(text.rejectionCodes, r.code),
            detail: r.reason,
          }))}
        />
      )}
      {run.warnings.length > 0 && (
        <>
          <h3>{text.warningsTitle}</h3>
          <p>{text.warningsHint}</p>
          <ProblemsTable
            caption={text.warningsCaption}
            headers={[text.line, text.externalId, text.problem, text.value]}
            rows={run.warnings.map((w) => ({
              ...w,
              problem: codeLabel(text.warningCodes, w.code),
              detail: w.value,
            }))}
          />
        </>
      )}
    </>
  );
}

/** Rows of an import run that were rejected or imported without a value: line, identifier, problem, detail. */
function ProblemsTable(props: {
  caption: string;
  headers: [line: string, externalId: string, problem: string, detail: string];
  detailLang?: string;
  rows: { line: number; externalId: string | null; problem: string; detail: string }[];
}) {
  return (
    <table className="admin-table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => (
          <tr key={`${row.line}-${i}`}>
            <td>{row.line}</td>
            <td>{row.externalId ?? ''}</td>
            <td>{row.problem}</td>
            <td lang={props.detailLang}>{row.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The words for an API code (ImportRejectionCode, ImportWarningCode); the code itself if it is newer than this page. */
function codeLabel(labels: Record<string, string>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code]! : code;
}
