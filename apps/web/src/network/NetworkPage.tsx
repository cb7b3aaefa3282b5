import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, navigate, useLocation } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import type { InsertionType } from '../graphql/generated/operations';
import { NETWORK_SEARCH_QUERY } from './network-operations';
import { csvHref } from './network-csv';
import { useBoardText } from './board/board-text';
import { useNetworkText } from './network-text';

const TYPES: InsertionType[] = ['ACI', 'AI', 'EI', 'ETTI', 'EA', 'ESAT'];

/** `/professionnels`: find a partner structure by competence, commune and insertion type (state in the URL). */
export function NetworkPage() {
  const text = useNetworkText();
  const boardText = useBoardText();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const competence = params.get('competence') ?? '';
  const commune = params.get('commune') ?? '';
  const type = (params.get('type') ?? '') as InsertionType | '';
  const [draft, setDraft] = useState({ competence, commune, type });
  usePageTitle(text.title);
  const { data, loading, error } = useQuery(NETWORK_SEARCH_QUERY, {
    variables: {
      first: 200,
      filter: {
        competences: competence ? [competence] : null,
        communes: commune ? [commune] : null,
        insertionTypes: type ? [type] : null,
      },
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.competence) next.set('competence', draft.competence);
    if (draft.commune.trim()) next.set('commune', draft.commune.trim());
    if (draft.type) next.set('type', draft.type);
    navigate(`/professionnels${next.size ? `?${next}` : ''}`);
  }

  return (
    <article className="network-page">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.intro}</p>
      <p>
        <Link href="/professionnels/bourse">{boardText.title}</Link>
      </p>
      <form role="search" onSubmit={submit} className="network-search">
        <label>
          {text.competence}
          <select value={draft.competence} onChange={(e) => setDraft({ ...draft, competence: e.target.value })}>
            <option value="">{text.anyCompetence}</option>
            {data?.competences.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.commune}
          <input value={draft.commune} onChange={(e) => setDraft({ ...draft, commune: e.target.value })} />
        </label>
        <label>
          {text.insertionType}
          <select value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value as InsertionType })}>
            <option value="">{text.anyType}</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {text.types[t]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{text.search}</button>
      </form>
      {error && (
        <p className="notice notice-error" role="alert">
          {text.error}
        </p>
      )}
      <p role="status">{!loading && data ? text.results(data.structures.totalCount) : ''}</p>
      {data && data.structures.nodes.length > 0 && (
        <p>
          <a href={csvHref(data.structures.nodes, text.csvHeader)} download="structures.csv">
            {text.export}
          </a>
        </p>
      )}
      <ul className="network-results">
        {data?.structures.nodes.map((s) => (
          <li key={s.id}>
            <h2>
              <Link href={`/professionnels/structure/${s.id}`}>{s.name}</Link>
            </h2>
            <p>{s.competences.map((c) => c.label).join(' · ')}</p>
            {s.territory.length > 0 && (
              <p>
                {text.covers} {s.territory.join(', ')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}
