import { useApolloClient } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useErrorText } from '../useErrorText';
import { type CsvRowProblem, IMPORT_IMPACT_CSV_MUTATION } from './impact-admin-operations';
import { useImpactAdminText } from './impact-admin-text';

/** The API's limit (services/api/src/modules/impact/impact-csv.ts): checked here first, to say so without sending. */
const MAX_BYTES = 64 * 1024;

/** A till or scale export: the good rows are saved, each refused row listed with its line and reason. */
export function CsvImport({
  organizationId,
  commune,
  onSaved,
}: {
  organizationId: string;
  commune: string;
  onSaved(): Promise<unknown>;
}) {
  const text = useImpactAdminText();
  const client = useApolloClient();
  const errorText = useErrorText();
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [refused, setRefused] = useState<CsvRowProblem[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) return;
    setMessage(null);
    setRefused([]);
    if (chosen.size > MAX_BYTES) {
      setMessage(text.csvTooLarge);
      return;
    }
    setBusy(true);
    try {
      const { data } = await client.mutate({
        mutation: IMPORT_IMPACT_CSV_MUTATION,
        variables: { organizationId, csv: await chosen.text(), inseeCode: commune || null },
      });
      const result = data!.importImpactCsv;
      setMessage(text.csvStored(result.storedRows, result.declarations.length));
      setRefused(result.refusedRows);
      await onSaved();
    } catch (error) {
      setMessage(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-section" aria-labelledby="impact-csv" onSubmit={(e) => void submit(e)}>
      <h2 id="impact-csv">{text.csvTitle}</h2>
      <p id="impact-csv-help">{text.csvHelp}</p>
      <label className="field">
        <span>{text.csvFile}</span>
        <input ref={file} type="file" accept=".csv,text/csv" aria-describedby="impact-csv-help" required />
      </label>
      <button type="submit" className="button" disabled={busy || !organizationId}>
        {text.csvSend}
      </button>
      <div role="status">{message}</div>
      {refused.length > 0 && (
        <div role="alert" className="notice notice-error">
          <p>{text.csvRefused(refused.length)}</p>
          <ul>
            {refused.map((row) => (
              <li key={row.line}>{text.lineProblem(row.line, `${row.message} (${row.problem})`)}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
