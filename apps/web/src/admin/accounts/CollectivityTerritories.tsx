import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../forms/TextField';
import { SelectField } from './SelectField';
import {
  COLLECTIVITY_TERRITORIES_QUERY,
  SET_COLLECTIVITY_TERRITORY,
  type TerritoryCommune,
} from './territory-operations';
import { useTerritoryText } from './territory-text';

/** Names compared as the API compares communes: without accents, case or punctuation. */
const key = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, ' ')
    .trim();

/**
 * « Territoires des collectivités » (ADMIN): the communes of each COLLECTIVITY organisation, chosen by name
 * among the territory's communes and saved as INSEE codes (updateOrganization checks them again).
 */
export function CollectivityTerritories() {
  const text = useTerritoryText();
  const { data, refetch } = useQuery(COLLECTIVITY_TERRITORIES_QUERY, { fetchPolicy: 'network-only' });
  const [chosenId, setChosenId] = useState('');
  const [convertId, setConvertId] = useState('');
  const [convert] = useMutation(SET_COLLECTIVITY_TERRITORY);
  if (!data) return null;
  const collectivities = data.organizations.filter((o) => o.kind === 'COLLECTIVITY');
  const others = data.organizations.filter((o) => o.kind !== 'COLLECTIVITY');
  const chosen = collectivities.find((o) => o.id === chosenId) ?? collectivities[0];

  async function makeCollectivity(event: FormEvent) {
    event.preventDefault();
    if (!convertId) return;
    await convert({ variables: { id: convertId, input: { kind: 'COLLECTIVITY' } } }).catch(() => undefined);
    await refetch();
    setChosenId(convertId);
    setConvertId('');
  }

  return (
    <section className="accounts-step" aria-labelledby="territories-title">
      <h2 id="territories-title">{text.title}</h2>
      <p>{text.intro}</p>
      {collectivities.length === 0 && <p>{text.noCollectivity}</p>}
      {collectivities.length > 1 && (
        <SelectField
          label={text.collectivity}
          value={chosen?.id ?? ''}
          options={collectivities.map((o) => ({ value: o.id, label: o.name }))}
          onChange={setChosenId}
        />
      )}
      {chosen && <TerritoryEditor key={chosen.id} organization={chosen} communes={data.territoryCommunes} />}
      {others.length > 0 && (
        <form onSubmit={(e) => void makeCollectivity(e)} className="accounts-inline-form">
          <SelectField
            label={text.makeCollectivity}
            value={convertId}
            options={[{ value: '', label: text.choose }, ...others.map((o) => ({ value: o.id, label: o.name }))]}
            onChange={setConvertId}
          />
          <button type="submit" className="button button-secondary">
            {text.make}
          </button>
        </form>
      )}
    </section>
  );
}

function TerritoryEditor({
  organization,
  communes,
}: {
  organization: { id: string; name: string; territory: string[] };
  communes: readonly TerritoryCommune[];
}) {
  const text = useTerritoryText();
  const byCode = new Map(communes.map((c) => [c.insee, c]));
  const byName = new Map(communes.map((c) => [key(c.name), c]));
  const [draft, setDraft] = useState<string[]>(organization.territory);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<{ message: string; error?: boolean } | null>(null);
  const [save, { loading }] = useMutation(SET_COLLECTIVITY_TERRITORY);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const label = (entry: string) => {
    const commune = byCode.get(entry);
    return commune ? `${commune.name} (${commune.insee})` : entry;
  };

  function add(event: FormEvent) {
    event.preventDefault();
    const commune = byName.get(key(typed)) ?? byCode.get(typed.trim());
    if (!commune) return setProblem(text.unknown(typed.trim()));
    if (draft.includes(commune.insee)) return setProblem(text.already(commune.name));
    setDraft([...draft, commune.insee]);
    setTyped('');
    setProblem(undefined);
  }

  function remove(entry: string) {
    setDraft(draft.filter((e) => e !== entry));
    // The removed commune's button is gone: focus goes back to adding one.
    document.getElementById(`territory-add-${organization.id}`)?.focus();
  }

  async function submit() {
    try {
      const result = await save({ variables: { id: organization.id, input: { territory: draft } } });
      const saved = result.data?.updateOrganization.territory ?? draft;
      setDraft(saved);
      setOutcome({ message: text.saved(organization.name, saved.length) });
    } catch (error) {
      const extensions = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
      const unknown = extensions?.problem === 'UNKNOWN_COMMUNE' ? (extensions.communes as string[]) : null;
      setOutcome({ message: unknown ? text.refused(unknown.join(', ')) : text.failed, error: true });
    }
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  return (
    <div aria-labelledby={`territory-${organization.id}`} role="group">
      <h3 id={`territory-${organization.id}`}>{text.communes(organization.name, draft.length)}</h3>
      <ul>
        {draft.map((entry) => (
          <li key={entry}>
            {label(entry)}{' '}
            <button type="button" className="button button-secondary" onClick={() => remove(entry)}>
              {text.removeLabel}
              <span className="visually-hidden"> {byCode.get(entry)?.name ?? entry}</span>
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="accounts-inline-form">
        <TextField
          id={`territory-add-${organization.id}`}
          label={text.add}
          value={typed}
          list="territory-communes"
          autoComplete="off"
          problem={problem}
          onChange={(value) => {
            setTyped(value);
            setProblem(undefined);
          }}
        />
        <datalist id="territory-communes">
          {communes.map((c) => (
            <option key={c.insee} value={c.name} />
          ))}
        </datalist>
        <button type="submit" className="button button-secondary">
          {text.addButton}
        </button>
      </form>
      <button type="button" className="button" disabled={loading} onClick={() => void submit()}>
        {text.save(organization.name)}
      </button>
      <p
        ref={outcomeRef}
        tabIndex={-1}
        role={outcome?.error ? 'alert' : 'status'}
        className={outcome ? `notice ${outcome.error ? 'notice-error' : 'notice-info'}` : undefined}
      >
        {outcome?.message}
      </p>
    </div>
  );
}
