import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, navigate } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { CheckboxList } from '../forms/CheckboxList';
import { TextField } from '../forms/TextField';
import type { InsertionType, StructureEditorQuery } from '../graphql/generated/operations';
import { STRUCTURE_EDITOR_QUERY, UPDATE_STRUCTURE_PROFILE } from './network-operations';
import { useNetworkText } from './network-text';

const TYPES: InsertionType[] = ['ACI', 'AI', 'EI', 'ETTI', 'EA', 'ESAT'];
type Stored = NonNullable<StructureEditorQuery['structure']>;

const list = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const count = (text: string) => (text.trim() === '' ? null : Number(text));

function draftOf(s: Stored) {
  return {
    siret: s.siret ?? '',
    legalForm: s.legalForm ?? '',
    description: s.description ?? '',
    email: s.email ?? '',
    phone: s.phone ?? '',
    website: s.website ?? '',
    networks: s.networks.join(', '),
    territory: s.territory.join(', '),
    capacity: s.capacity?.toString() ?? '',
    insertionJobs: s.insertionJobs?.toString() ?? '',
    contactPerson: s.contactPerson ?? '',
    insertionTypes: s.insertionTypes,
    competences: s.competences.map((c) => c.code),
  };
}

/** `/professionnels/structure/<id>/modifier`: a structure account (or an admin) edits the profile. */
export function StructureEditPage({ id }: { id: string }) {
  const text = useNetworkText();
  const { data, loading } = useQuery(STRUCTURE_EDITOR_QUERY, { variables: { id }, fetchPolicy: 'network-only' });
  usePageTitle(text.editTitle);
  if (loading) return <p role="status">…</p>;
  const s = data?.structure;
  const viewer = data?.viewer;
  const allowed = s && viewer && (viewer.role === 'ADMIN' || viewer.organizationId === s.id);
  if (!s || !allowed)
    return (
      <article>
        <h1 id="page-title" tabIndex={-1}>
          {text.editTitle}
        </h1>
        <p className="notice notice-info">{text.editNotAllowed}</p>
        <Link href="/admin">{text.signIn}</Link>
      </article>
    );
  return <EditForm structure={s} competences={data.competences} />;
}

function EditForm({ structure, competences }: { structure: Stored; competences: { code: string; label: string }[] }) {
  const text = useNetworkText();
  const [draft, setDraft] = useState(() => draftOf(structure));
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [save, { loading }] = useMutation(UPDATE_STRUCTURE_PROFILE);
  const set = (field: keyof typeof draft) => (value: string) => setDraft({ ...draft, [field]: value });
  const problemOf = (field: string) => (problem?.field.startsWith(field) ? problem.message : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    // Competences kept keep the communes they had; new ones cover the whole territory.
    const communesOf = new Map(structure.competences.map((c) => [c.code, c.communes]));
    try {
      await save({
        variables: {
          id: structure.id,
          input: {
            siret: draft.siret,
            legalForm: draft.legalForm,
            description: draft.description,
            email: draft.email,
            phone: draft.phone,
            website: draft.website,
            networks: list(draft.networks),
            territory: list(draft.territory),
            capacity: count(draft.capacity),
            insertionJobs: count(draft.insertionJobs),
            contactPerson: draft.contactPerson,
            ess: structure.ess,
            insertionTypes: draft.insertionTypes,
            competences: draft.competences.map((code) => ({ code, communes: communesOf.get(code) ?? [] })),
          },
        },
      });
      navigate(`/professionnels/structure/${structure.id}`);
    } catch (error) {
      const first = (error as { errors?: { message: string; extensions?: { field?: string } }[] }).errors?.[0];
      const field = first?.extensions?.field ?? '';
      // The SIRET problem in the page's language; other problems as the API words them.
      setProblem({ field, message: field === 'siret' ? text.siretProblem : (first?.message ?? text.saveError) });
    }
  }

  return (
    <article className="structure-edit">
      <h1 id="page-title" tabIndex={-1}>
        {text.editTitle} — {structure.name}
      </h1>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem.message}
        </p>
      )}
      <form onSubmit={submit}>
        <TextField label={text.siret} value={draft.siret} onChange={set('siret')} problem={problemOf('siret')} />
        <TextField label={text.legalForm} value={draft.legalForm} onChange={set('legalForm')} />
        <TextField label={text.description} multiline value={draft.description} onChange={set('description')} />
        <TextField
          label={text.email}
          type="email"
          value={draft.email}
          onChange={set('email')}
          problem={problemOf('email')}
        />
        <TextField label={text.phone} value={draft.phone} onChange={set('phone')} />
        <TextField
          label={text.website}
          value={draft.website}
          onChange={set('website')}
          problem={problemOf('website')}
        />
        <TextField label={text.territoryField} value={draft.territory} onChange={set('territory')} />
        <TextField label={text.networks} value={draft.networks} onChange={set('networks')} />
        <TextField
          label={text.capacity}
          inputMode="numeric"
          value={draft.capacity}
          onChange={set('capacity')}
          problem={problemOf('capacity')}
        />
        <TextField
          label={text.insertionJobs}
          inputMode="numeric"
          value={draft.insertionJobs}
          onChange={set('insertionJobs')}
          problem={problemOf('insertionJobs')}
        />
        <TextField label={text.contactPerson} value={draft.contactPerson} onChange={set('contactPerson')} />
        <fieldset>
          <legend>{text.insertionType}</legend>
          <CheckboxList
            options={TYPES.map((t) => ({ value: t, label: text.types[t] ?? t }))}
            value={draft.insertionTypes}
            onChange={(insertionTypes) => setDraft({ ...draft, insertionTypes })}
          />
        </fieldset>
        <fieldset>
          <legend>{text.competences}</legend>
          <CheckboxList
            options={competences.map((c) => ({ value: c.code, label: c.label }))}
            value={draft.competences}
            onChange={(codes) => setDraft({ ...draft, competences: codes })}
          />
        </fieldset>
        <button type="submit" disabled={loading}>
          {text.save}
        </button>
      </form>
    </article>
  );
}
