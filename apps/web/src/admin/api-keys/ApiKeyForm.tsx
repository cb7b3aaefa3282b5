import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { TextField } from '../../forms/TextField';
import { useI18n } from '../../i18n/I18nContext';
import {
  draftInput,
  emptyDraft,
  groupProblems,
  originLines,
  parseRate,
  territoryLines,
  type ApiKeyDraft,
  type DraftField,
} from './api-key-form';
import { CREATE_API_KEY_MUTATION, type ApiKey, type ApiKeyLimits } from './api-keys-operations';
import type { ApiKeysText } from './api-keys-text';
import { LinesField } from './LinesField';
import { useErrorText } from '../useErrorText';

type Problems = Record<DraftField, string[]>;
const noProblems: Problems = { name: [], origins: [], ratePerMinute: [], territory: [], scopes: [] };
const FIELD_ORDER: DraftField[] = ['name', 'origins', 'ratePerMinute', 'territory', 'scopes'];

/** The create form: the server's input problems are shown next to their field, the first one focused. */
export function ApiKeyForm(props: {
  text: ApiKeysText;
  limits: ApiKeyLimits | null;
  onCreated(apiKey: ApiKey, secret: string): void;
}) {
  const { text, limits } = props;
  const { locale } = useI18n();
  const client = useApolloClient();
  const base = useId();
  const ids: Record<DraftField, string> = {
    name: `${base}-name`,
    origins: `${base}-origins`,
    ratePerMinute: `${base}-rate`,
    territory: `${base}-territory`,
    scopes: `${base}-scope-read`,
  };
  const [draft, setDraft] = useState<ApiKeyDraft>(emptyDraft);
  const [problems, setProblems] = useState<Problems>(noProblems);
  const [alert, setAlert] = useState<string | null>(null);
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<ApiKeyDraft>) => setDraft((d) => ({ ...d, ...change }));
  const max = limits?.maxRatePerMinute ?? 100_000;
  const number = (n: number) => n.toLocaleString(locale);

  function show(next: Problems, other: string[] = []) {
    setProblems(next);
    setAlert([text.notCreated, ...other].join(' '));
    const first = FIELD_ORDER.find((f) => next[f].length > 0);
    if (first) requestAnimationFrame(() => document.getElementById(ids[first])?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAlert(null);
    const rate = parseRate(draft.ratePerMinute, max);
    if (rate === 'invalid') return show({ ...noProblems, ratePerMinute: [text.problems.rate(number(max))] });
    setBusy(true);
    try {
      const { data } = await client.mutate({
        mutation: CREATE_API_KEY_MUTATION,
        variables: { input: draftInput(draft, rate) },
      });
      const payload = data!.createApiKey;
      if (payload.apiKey && payload.secret) {
        setDraft(emptyDraft);
        setProblems(noProblems);
        props.onCreated(payload.apiKey, payload.secret);
        return;
      }
      const { byField, other } = groupProblems(payload.problems);
      const origins = originLines(draft.origins);
      const territory = territoryLines(draft.territory);
      show(
        {
          name: byField.name.length > 0 ? [text.problems.name] : [],
          origins: byField.origins.map((p) =>
            p.index === null ? p.message : text.problems.origin(p.index + 1, origins[p.index] ?? ''),
          ),
          ratePerMinute: byField.ratePerMinute.length > 0 ? [text.problems.rate(number(max))] : [],
          territory: byField.territory.map((p) =>
            p.index === null ? p.message : text.problems.territoryLine(p.index + 1, territory[p.index] ?? p.message),
          ),
          scopes: byField.scopes.map((p) => p.message),
        },
        other,
      );
    } catch (error) {
      setAlert(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const adminWarning = `${base}-admin-warning`;
  return (
    <form className="api-keys-form" onSubmit={(e) => void submit(e)} noValidate>
      {alert && (
        <p role="alert" className="field-problem">
          {alert}
        </p>
      )}
      <TextField
        id={ids.name}
        label={text.name}
        hint={text.nameHint}
        value={draft.name}
        onChange={(name) => set({ name })}
        problem={problems.name.join(' ') || null}
        maxLength={120}
        autoComplete="organization"
      />
      <LinesField
        id={ids.origins}
        label={text.origins}
        hint={text.originsHint}
        value={draft.origins}
        placeholder="https://www.valognes.fr"
        problems={problems.origins}
        onChange={(origins) => set({ origins })}
      />
      <TextField
        id={ids.ratePerMinute}
        label={text.ratePerMinute}
        hint={text.rateHint(number(max))}
        value={draft.ratePerMinute}
        onChange={(ratePerMinute) => set({ ratePerMinute })}
        problem={problems.ratePerMinute.join(' ') || null}
        inputMode="numeric"
        autoComplete="off"
        placeholder={limits ? text.ratePlaceholder(number(limits.defaultRatePerMinute)) : undefined}
      />
      <LinesField
        id={ids.territory}
        label={text.territory}
        hint={text.territoryHint}
        value={draft.territory}
        placeholder="Valognes"
        problems={problems.territory}
        onChange={(territory) => set({ territory })}
      />
      <fieldset aria-describedby={problems.scopes.length > 0 ? `${base}-scope-problem` : undefined}>
        <legend>{text.scope}</legend>
        <label className="api-keys-choice">
          <input
            id={ids.scopes}
            type="radio"
            name={`${base}-scope`}
            checked={draft.scope === 'READ'}
            onChange={() => set({ scope: 'READ' })}
          />
          {text.scopeRead}
        </label>
        <label className="api-keys-choice">
          <input
            type="radio"
            name={`${base}-scope`}
            checked={draft.scope === 'ADMIN'}
            onChange={() => set({ scope: 'ADMIN' })}
            aria-describedby={adminWarning}
          />
          {text.scopeAdmin}
        </label>
        <p id={adminWarning} className={draft.scope === 'ADMIN' ? 'notice notice-warning' : 'field-hint'}>
          {text.scopeAdminWarning}
        </p>
        {problems.scopes.length > 0 && (
          <p id={`${base}-scope-problem`} className="field-problem">
            {problems.scopes.join(' ')}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? text.creating : text.create}
      </button>
    </form>
  );
}
