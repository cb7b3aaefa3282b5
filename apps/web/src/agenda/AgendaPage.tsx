import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { usePageTitle } from '../app/usePageTitle';
import { AGENDA_QUERY } from './agenda-operations';
import { agendaScope } from './agenda-place';
import { useAgendaText } from './agenda-text';
import { nextDays } from './dates';
import { EventList } from './EventList';
import { CommuneGuideLink } from '../guide/CommuneGuideLink';

const PAGE = 30;
const DAYS = 60;

/** `/agenda/<commune>`: the next 60 days of events of a commune, as a list (the page a resident reads first). */
export function AgendaPage({ commune }: { commune: string }) {
  const text = useAgendaText();
  const scope = useMemo(() => agendaScope(commune), [commune]);
  const period = useMemo(() => nextDays(DAYS), []);
  const variables = scope
    ? scope.kind === 'insee'
      ? { ...period, filter: { communes: [scope.inseeCode] }, first: PAGE }
      : { ...period, near: scope.near, radiusKm: scope.radiusKm, first: PAGE }
    : undefined;
  const { data, loading, error, fetchMore } = useQuery(AGENDA_QUERY, { variables, skip: !scope });
  const nodes = data?.events.nodes ?? [];
  const label = scope?.kind === 'insee' ? (nodes[0]?.event.venue.commune ?? scope.label) : (scope?.label ?? commune);
  usePageTitle(text.pageTitle(label));
  const feed = scope
    ? scope.kind === 'insee'
      ? `/ical/commune/${scope.inseeCode}.ics`
      : `/ical/search.ics?lat=${scope.near.lat}&lng=${scope.near.lng}&radiusKm=${scope.radiusKm}`
    : null;

  return (
    <article className="agenda-page">
      <h1 id="page-title" tabIndex={-1}>
        {text.pageTitle(label)}
      </h1>
      {!scope ? (
        <p className="notice notice-info">{text.unknownCommune}</p>
      ) : (
        <>
          <p>{text.intro}</p>
          {feed && (
            <p>
              <a href={feed}>{text.subscribe}</a>
            </p>
          )}
          {scope.kind === 'insee' && <CommuneGuideLink inseeCode={scope.inseeCode} commune={label} />}
          {error && (
            <p className="notice notice-error" role="alert">
              {text.error}
            </p>
          )}
          {!loading && !error && nodes.length === 0 && <p className="notice notice-empty">{text.empty}</p>}
          <EventList occurrences={nodes} />
          {data?.events.pageInfo.hasNextPage && (
            <button
              type="button"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.events.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    events: {
                      ...fetchMoreResult.events,
                      nodes: [...previous.events.nodes, ...fetchMoreResult.events.nodes],
                    },
                  }),
                })
              }
            >
              {text.more}
            </button>
          )}
        </>
      )}
    </article>
  );
}
