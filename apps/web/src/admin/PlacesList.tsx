import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from '../app/router';
import { useTaxonomy } from '../app/useTaxonomy';
import { TextField } from '../forms/TextField';
import { errorMessage } from '../graphql/errors';
import { OpeningHoursEditor } from '../hours/OpeningHoursEditor';
import { useI18n } from '../i18n/I18nContext';
import { useDebouncedValue } from '../search/useDebouncedValue';
import {
  CLOSE_PLACES_MUTATION,
  MANAGED_PLACES_QUERY,
  SET_PLACES_OPENING_HOURS_MUTATION,
  type BulkPlacesPayload,
  type ManagedPlace,
  type PlaceStatus,
  type Viewer,
  writesPlaces,
} from './admin-operations';
import { useAdminText } from './admin-text';
import { useNoticesAdminText } from './notices/notices-text';

const STATUSES: PlaceStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED'];

/** The places a staff member may manage, every status, with search and bulk actions. */
export function PlacesList({ viewer }: { viewer: Viewer }) {
  const text = useAdminText();
  const noticesText = useNoticesAdminText();
  const { apiLang } = useI18n();
  const taxonomy = useTaxonomy();
  const client = useApolloClient();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<PlaceStatus | ''>('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [hours, setHours] = useState('');
  const [closeNote, setCloseNote] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const query = useDebouncedValue(search.trim(), 250);
  const filter = { ...(query ? { text: query } : {}), ...(status ? { statuses: [status] } : {}) };
  const { data, loading, error, fetchMore, refetch } = useQuery(MANAGED_PLACES_QUERY, {
    variables: { filter, first: 50, lang: apiLang },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.managedPlaces;
  const nodes = connection?.nodes ?? [];
  const chosen = nodes.filter((n) => selected.has(n.id));
  const canEdit = writesPlaces(viewer);

  function toggle(id: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function bulk(run: () => Promise<BulkPlacesPayload | undefined>) {
    setOutcome(null);
    try {
      const payload = await run();
      const failed = payload?.results.filter((r) => r.error).length ?? 0;
      const problems = payload?.problems.map((p) => p.message).join(' ') ?? '';
      setOutcome(problems || text.bulkDone((payload?.results.length ?? 0) - failed, failed));
      setSelected(new Set());
      await refetch();
    } catch (e) {
      setOutcome(`${text.error} ${errorMessage(e)}`);
    }
  }
  const versions = () => chosen.map((p: ManagedPlace) => ({ id: p.id, version: p.version }));

  return (
    <div className="admin-places">
      <div className="admin-heading">
        <h1 id="page-title" tabIndex={-1}>
          {text.placesTitle}
        </h1>
        {canEdit && (
          <Link className="button button-primary" href="/admin/lieux/nouveau">
            {text.newPlace}
          </Link>
        )}
      </div>
      <div className="admin-filters">
        <TextField label={text.search} hint={text.searchHint} type="search" value={search} onChange={setSearch} />
        <div className="field">
          <label htmlFor="admin-status" className="field-label">
            {text.statusFilter}
          </label>
          <select
            id="admin-status"
            className="input"
            value={status}
            onChange={(e) => setStatus(e.target.value as PlaceStatus | '')}
          >
            <option value="">{text.allStatuses}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {text.status[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="results-summary">
        {loading && !connection ? text.loading : connection ? text.placesCount(connection.totalCount) : ''}
      </p>
      {error && !connection && (
        <p className="notice notice-error" role="alert">
          {text.error} {errorMessage(error)}
        </p>
      )}
      {canEdit && chosen.length > 0 && (
        <section className="admin-bulk" aria-labelledby="bulk-title">
          <h2 id="bulk-title">{text.selected(chosen.length)}</h2>
          <div className="admin-bulk-row">
            <TextField label={text.closeNote} value={closeNote} onChange={setCloseNote} />
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                void bulk(async () => {
                  const { data: result } = await client.mutate({
                    mutation: CLOSE_PLACES_MUTATION,
                    variables: { places: versions(), note: closeNote.trim() || null },
                  });
                  return result?.closePlaces;
                })
              }
            >
              {text.bulkClose}
            </button>
          </div>
          <p>
            <Link href={`/admin/avis?lieux=${chosen.map((p) => encodeURIComponent(p.id)).join(',')}`}>
              {noticesText.forSelection(chosen.length)}
            </Link>
          </p>
          <details>
            <summary>{text.bulkHours}</summary>
            <OpeningHoursEditor value={hours} onChange={setHours} />
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                void bulk(async () => {
                  const { data: result } = await client.mutate({
                    mutation: SET_PLACES_OPENING_HOURS_MUTATION,
                    variables: { places: versions(), openingHours: hours || null },
                  });
                  return result?.setPlacesOpeningHours;
                })
              }
            >
              {text.bulkApply}
            </button>
          </details>
        </section>
      )}
      {outcome && (
        <p className="notice notice-info" role="status">
          {outcome}
        </p>
      )}
      {nodes.length > 0 && (
        <table className="admin-table">
          <caption className="visually-hidden">{text.placesTitle}</caption>
          <thead>
            <tr>
              {canEdit && (
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={text.selectAll}
                    checked={chosen.length === nodes.length}
                    onChange={() =>
                      setSelected(chosen.length === nodes.length ? new Set() : new Set(nodes.map((n) => n.id)))
                    }
                  />
                </th>
              )}
              <th scope="col">{text.name}</th>
              <th scope="col">{text.kind}</th>
              <th scope="col">{text.commune}</th>
              <th scope="col">{text.statusFilter}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((node) => (
              <tr key={node.id}>
                {canEdit && (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={text.select(node.place.name)}
                      checked={selected.has(node.id)}
                      onChange={() => toggle(node.id)}
                    />
                  </td>
                )}
                <th scope="row">
                  <Link href={`/admin/lieux/${encodeURIComponent(node.id)}`}>{node.place.name}</Link>
                  {node.overrides.length > 0 && <span className="badge">{text.overridden}</span>}
                </th>
                <td>{taxonomy.kindLabel(node.place.kind)}</td>
                <td>{node.place.address.commune}</td>
                <td>
                  <span className={`badge badge-${node.status.toLowerCase()}`}>{text.status[node.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button-secondary load-more"
          onClick={() =>
            void fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                managedPlaces: {
                  ...fetchMoreResult.managedPlaces,
                  nodes: [
                    ...(prev.managedPlaces?.nodes ?? []),
                    ...fetchMoreResult.managedPlaces.nodes,
                  ] as ManagedPlace[],
                },
              }),
            })
          }
        >
          {text.loadMore}
        </button>
      )}
    </div>
  );
}
