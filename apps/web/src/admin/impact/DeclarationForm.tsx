import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorExtension } from '../../graphql/errors';
import { useI18n } from '../../i18n/I18nContext';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { useErrorText } from '../useErrorText';
import { DECLARE_IMPACT_MUTATION, IMPACT_VOCABULARY_QUERY } from './impact-admin-operations';
import { useImpactAdminText } from './impact-admin-text';

type Flow = 'RECEIVED' | 'PASSED_ON';
type Outcome = '' | 'REUSED' | 'REPAIRED' | 'RECYCLED';
interface LineDraft {
  key: number;
  subcategoryId: string;
  flow: Flow;
  outcome: Outcome;
  kg: string;
  items: string;
}
interface LineProblem {
  line: number;
  message: string;
}

const lastMonth = () => {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};
let nextKey = 1;
const newLine = (): LineDraft => ({
  key: nextKey++,
  subcategoryId: 'meuble',
  flow: 'RECEIVED',
  outcome: '',
  kg: '',
  items: '',
});
const quantity = (value: string) => (value.trim() === '' ? null : Number(value.replace(',', '.')));

/** A month by form: every line checked by the API, nothing saved while one is wrong. */
export function DeclarationForm({
  organizationId,
  commune,
  onSaved,
}: {
  organizationId: string;
  commune: string;
  onSaved(): Promise<unknown>;
}) {
  const text = useImpactAdminText();
  const { apiLang } = useI18n();
  const client = useApolloClient();
  const errorText = useErrorText();
  const { data } = useQuery(IMPACT_VOCABULARY_QUERY, { variables: { lang: apiLang } });
  const [month, setMonth] = useState(lastMonth);
  const [lines, setLines] = useState<LineDraft[]>(() => [newLine()]);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<LineProblem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const subcategories = (data?.categories ?? []).flatMap((c) =>
    c.subcategories.map((s) => [s.id, `${c.label} › ${s.label}`] as const),
  );
  const update = (key: number, patch: Partial<LineDraft>) =>
    setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    setProblems(null);
    try {
      const { data: saved } = await client.mutate({
        mutation: DECLARE_IMPACT_MUTATION,
        variables: {
          input: {
            organizationId,
            month,
            inseeCode: commune,
            lines: lines.map((l) => ({
              subcategoryId: l.subcategoryId,
              flow: l.flow,
              outcome: l.outcome || null,
              kg: quantity(l.kg),
              items: quantity(l.items),
            })),
          },
        },
      });
      setMessage(text.declared(saved!.declareImpact.month, saved!.declareImpact.version));
      setLines([newLine()]);
      await onSaved();
    } catch (error) {
      const listed = errorExtension<LineProblem[]>(error, 'problems');
      if (listed) setProblems(listed);
      else setMessage(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-section" aria-labelledby="impact-declare" onSubmit={(e) => void submit(e)}>
      <h2 id="impact-declare">{text.declareTitle}</h2>
      <TextField label={text.month} type="month" value={month} onChange={setMonth} required />
      {lines.map((line, index) => (
        <fieldset key={line.key} className="impact-line">
          <legend>{text.line(index + 1)}</legend>
          <SelectField
            label={text.subcategory}
            value={line.subcategoryId}
            options={subcategories}
            onChange={(v) => update(line.key, { subcategoryId: v })}
          />
          <SelectField
            label={text.flow}
            value={line.flow}
            options={(['RECEIVED', 'PASSED_ON'] as const).map((f) => [f, text.flows[f]!] as const)}
            onChange={(v) => update(line.key, { flow: v, outcome: v === 'RECEIVED' ? '' : line.outcome || 'REUSED' })}
          />
          {line.flow === 'PASSED_ON' && (
            <SelectField
              label={text.outcome}
              value={line.outcome}
              options={(['REUSED', 'REPAIRED', 'RECYCLED'] as const).map((o) => [o, text.outcomes[o]!] as const)}
              onChange={(v) => update(line.key, { outcome: v })}
            />
          )}
          <TextField
            label={text.kg}
            value={line.kg}
            inputMode="decimal"
            onChange={(v) => update(line.key, { kg: v })}
          />
          <TextField
            label={text.items}
            value={line.items}
            inputMode="numeric"
            onChange={(v) => update(line.key, { items: v })}
          />
          {lines.length > 1 && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
            >
              {text.removeLine(index + 1)}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" className="button button-secondary" onClick={() => setLines((all) => [...all, newLine()])}>
        {text.addLine}
      </button>
      <button type="submit" className="button" disabled={busy || !organizationId}>
        {text.submit}
      </button>
      <div role="status">{message}</div>
      {problems && (
        <div role="alert" className="notice notice-error">
          <p>{text.refused}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{text.lineProblem(p.line, p.message)}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
