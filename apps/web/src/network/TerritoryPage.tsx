import { useApolloClient, useQuery } from '@apollo/client/react';
import { Suspense, lazy, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { TERRITORY_NETWORK_QUERY, TERRITORY_STRUCTURES_QUERY, TERRITORY_VIEWER_QUERY } from './network-operations';
import { downloadCsv } from '../admin/insights/chart-csv';
import { csvHref, gapsCsvHref, structuresCsv, type Found, type Gap } from './network-csv';
import { useNetworkText } from './network-text';
import { useTerritoryText } from './territory-text';

// MapLibre and the communes' outlines load with the map, not with the network section.
const GapsMap = lazy(() => import('./GapsMap').then((m) => ({ default: m.GapsMap })));

/** Structures asked per page (the API's most). */
export const STRUCTURES_PAGE = 200;

/**
 * `/professionnels/territoire`: a collectivity's view of the network on its territory (the API keeps it
 * there): structures with their non-public parts, competences, gaps within 30 km, CSV exports for a tender.
 */
export function TerritoryPage() {
  const text = useTerritoryText();
  const client = useApolloClient();
  const who = useQuery(TERRITORY_VIEWER_QUERY, { fetchPolicy: 'network-only' });
  const collectivity = who.data?.viewer?.role === 'COLLECTIVITY';
  const { data, error } = useQuery(TERRITORY_NETWORK_QUERY, { fetchPolicy: 'network-only', skip: !collectivity });
  const structures = useQuery(TERRITORY_STRUCTURES_QUERY, {
    variables: { first: STRUCTURES_PAGE },
    fetchPolicy: 'network-only',
    skip: !collectivity,
  });
  usePageTitle(text.title);
  const heading = (
    <h1 id="page-title" tabIndex={-1}>
      {text.title}
    </h1>
  );
  if (who.error || error || structures.error)
    return (
      <article className="territory-page">
        {heading}
        <p className="notice notice-error" role="alert">
          {text.error}
        </p>
      </article>
    );
  if (who.data && !collectivity)
    return (
      <article className="territory-page">
        {heading}
        <p>{text.onlyCollectivities}</p>
        <p>
          <Link href="/admin">{text.signIn}</Link> · <Link href="/professionnels">{text.findPartner}</Link>
        </p>
      </article>
    );
  if (!data || !structures.data) return <p role="status">{text.loading}</p>;
  const found = structures.data.structures;
  const more = () =>
    structures.fetchMore({
      variables: { after: found.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        structures: {
          ...fetchMoreResult.structures,
          nodes: [...previous.structures.nodes, ...fetchMoreResult.structures.nodes],
        },
      }),
    });
  // The tender's export lists every structure, not only the pages shown: the rest is read page by page.
  const everyStructure = async () => {
    const all = [...found.nodes];
    let page = found.pageInfo;
    while (page.hasNextPage) {
      const { data: next } = await client.query({
        query: TERRITORY_STRUCTURES_QUERY,
        variables: { first: STRUCTURES_PAGE, after: page.endCursor },
        fetchPolicy: 'network-only',
      });
      if (!next) throw new Error('structures page missing');
      all.push(...next.structures.nodes);
      page = next.structures.pageInfo;
    }
    return all;
  };
  return (
    <article className="territory-page">
      {heading}
      <p>{text.intro}</p>
      <Structures
        nodes={found.nodes}
        total={found.totalCount}
        onMore={found.pageInfo.hasNextPage ? more : null}
        everyStructure={everyStructure}
      />
      <Competences nodes={found.nodes} gaps={data.networkGaps} partial={found.pageInfo.hasNextPage} />
      <Gaps gaps={data.networkGaps} unlocated={data.communesWithoutPosition}>
        <Suspense fallback={<p role="status">{text.mapLoading}</p>}>
          <GapsMap
            communes={data.networkCommunes}
            gaps={data.networkGaps}
            unlocated={data.communesWithoutPosition}
            competences={data.competences}
          />
        </Suspense>
      </Gaps>
    </article>
  );
}

function Structures({
  nodes,
  total,
  onMore,
  everyStructure,
}: {
  nodes: Found[];
  total: number;
  /** Loads the next page; null when every structure is shown. */
  onMore: (() => Promise<unknown>) | null;
  /** Every structure of the territory, the pages not shown included. */
  everyStructure: () => Promise<Found[]>;
}) {
  const text = useTerritoryText();
  const network = useNetworkText();
  const rows = useRef<HTMLTableSectionElement>(null);
  const [loading, setLoading] = useState(false);
  // Where the next page starts: its first structure takes the focus once shown (the button may be gone).
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from == null || nodes.length <= from) return;
    focusFrom.current = null;
    rows.current?.querySelectorAll('a')[from]?.focus();
  }, [nodes.length]);
  const [exporting, setExporting] = useState<'no' | 'busy' | 'failed'>('no');
  /** Downloads the CSV of every structure (read first when some are not shown yet). */
  async function exportEvery() {
    setExporting('busy');
    try {
      downloadCsv('structures-territoire.csv', structuresCsv(await everyStructure(), network.csvHeader));
      setExporting('no');
    } catch {
      setExporting('failed');
    }
  }
  async function showMore() {
    focusFrom.current = nodes.length;
    setLoading(true);
    try {
      await onMore?.();
    } finally {
      setLoading(false);
    }
  }
  return (
    <section aria-labelledby="territory-structures">
      <h2 id="territory-structures">{text.structures}</h2>
      <p>{text.structuresCount(total)}</p>
      {nodes.length > 0 && nodes.length < total && <p>{text.structuresShown(nodes.length, total)}</p>}
      {nodes.length > 0 && (
        <>
          <p>
            {nodes.length < total ? (
              <button type="button" className="button" onClick={exportEvery} disabled={exporting === 'busy'}>
                {text.exportEveryStructure(total)}
              </button>
            ) : (
              <a href={csvHref(nodes, network.csvHeader)} download="structures-territoire.csv">
                {text.exportStructures}
              </a>
            )}
          </p>
          {exporting !== 'no' && (
            <p role={exporting === 'failed' ? 'alert' : 'status'}>
              {exporting === 'failed' ? text.exportFailed : text.exportPreparing}
            </p>
          )}
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{text.structure}</th>
                <th scope="col">{text.competencesColumn}</th>
                <th scope="col">{text.insertionJobs}</th>
                <th scope="col">{text.contact}</th>
              </tr>
            </thead>
            <tbody ref={rows}>
              {nodes.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link href={`/professionnels/structure/${s.id}`}>{s.name}</Link>
                  </th>
                  <td>{s.competences.map((c) => c.label).join(' · ')}</td>
                  <td>{s.insertionJobs ?? ''}</td>
                  <td>{[s.contactPerson, s.email, s.phone].filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {onMore && (
            <p>
              <button type="button" className="button" onClick={showMore} disabled={loading}>
                {text.moreStructures}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Each competence with the structures offering it on the territory (the vocabulary comes with the gaps' labels). */
function Competences({ nodes, gaps, partial }: { nodes: Found[]; gaps: Gap[]; partial: boolean }) {
  const text = useTerritoryText();
  const labels = new Map<string, string>();
  for (const s of nodes) for (const c of s.competences) labels.set(c.code, c.label);
  for (const g of gaps) labels.set(g.competence.code, g.competence.label);
  const rows = [...labels].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  return (
    <section aria-labelledby="territory-competences">
      <h2 id="territory-competences">{text.competences}</h2>
      {partial && <p>{text.competencesAmongShown}</p>}
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{text.competence}</th>
            <th scope="col">{text.offeredBy}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([code, label]) => (
            <tr key={code}>
              <th scope="row">{label}</th>
              <td>
                {nodes
                  .filter((s) => s.competences.some((c) => c.code === code))
                  .map((s) => s.name)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Gaps({ gaps, unlocated, children }: { gaps: Gap[]; unlocated: readonly string[]; children: ReactNode }) {
  const text = useTerritoryText();
  const where = (c: Gap['communes'][number]) => (c.nearestKm == null ? text.nowhere : text.nearest(c.nearestKm));
  return (
    <section aria-labelledby="territory-gaps">
      <h2 id="territory-gaps">{text.gaps}</h2>
      <p>{text.gapsIntro}</p>
      {unlocated.length > 0 && (
        // Not judged by distance, so not gaps: said apart, with what the syndicate's operator runs to fix it.
        <div className="notice">
          <p>{text.unlocatedIntro}</p>
          <p>
            {unlocated.join(', ')} : {text.unlocatedFix}
          </p>
        </div>
      )}
      {children}
      {gaps.length === 0 ? (
        <p>{unlocated.length ? text.noGapsLocated : text.noGaps}</p>
      ) : (
        <>
          <p>
            <a href={gapsCsvHref(gaps, text.gapsCsvHeader)} download="manques-territoire.csv">
              {text.exportGaps}
            </a>
          </p>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{text.competence}</th>
                <th scope="col">{text.missingIn}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.competence.code}>
                  <th scope="row">{g.competence.label}</th>
                  <td>{g.communes.map((c) => `${c.commune} (${where(c)})`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
