import { useQuery } from '@apollo/client/react';
import { Link } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { TERRITORY_NETWORK_QUERY, TERRITORY_VIEWER_QUERY } from './network-operations';
import { csvHref, gapsCsvHref, type Found, type Gap } from './network-csv';
import { useNetworkText } from './network-text';
import { useTerritoryText } from './territory-text';

/**
 * `/professionnels/territoire`: a collectivity's view of the network on its territory (the API keeps it
 * there): structures with their non-public parts, competences, gaps within 30 km, CSV exports for a tender.
 */
export function TerritoryPage() {
  const text = useTerritoryText();
  const who = useQuery(TERRITORY_VIEWER_QUERY, { fetchPolicy: 'network-only' });
  const collectivity = who.data?.viewer?.role === 'COLLECTIVITY';
  const { data, error } = useQuery(TERRITORY_NETWORK_QUERY, { fetchPolicy: 'network-only', skip: !collectivity });
  usePageTitle(text.title);
  const heading = (
    <h1 id="page-title" tabIndex={-1}>
      {text.title}
    </h1>
  );
  if (who.error || error)
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
  if (!data) return <p role="status">{text.loading}</p>;
  return (
    <article className="territory-page">
      {heading}
      <p>{text.intro}</p>
      <Structures nodes={data.structures.nodes} total={data.structures.totalCount} />
      <Competences nodes={data.structures.nodes} gaps={data.networkGaps} />
      <Gaps gaps={data.networkGaps} unlocated={data.communesWithoutPosition} />
    </article>
  );
}

function Structures({ nodes, total }: { nodes: Found[]; total: number }) {
  const text = useTerritoryText();
  const network = useNetworkText();
  return (
    <section aria-labelledby="territory-structures">
      <h2 id="territory-structures">{text.structures}</h2>
      <p>{text.structuresCount(total)}</p>
      {nodes.length > 0 && (
        <>
          <p>
            <a href={csvHref(nodes, network.csvHeader)} download="structures-territoire.csv">
              {text.exportStructures}
            </a>
          </p>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{text.structure}</th>
                <th scope="col">{text.competencesColumn}</th>
                <th scope="col">{text.insertionJobs}</th>
                <th scope="col">{text.contact}</th>
              </tr>
            </thead>
            <tbody>
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
        </>
      )}
    </section>
  );
}

/** Each competence with the structures offering it on the territory (the vocabulary comes with the gaps' labels). */
function Competences({ nodes, gaps }: { nodes: Found[]; gaps: Gap[] }) {
  const text = useTerritoryText();
  const labels = new Map<string, string>();
  for (const s of nodes) for (const c of s.competences) labels.set(c.code, c.label);
  for (const g of gaps) labels.set(g.competence.code, g.competence.label);
  const rows = [...labels].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  return (
    <section aria-labelledby="territory-competences">
      <h2 id="territory-competences">{text.competences}</h2>
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

function Gaps({ gaps, unlocated }: { gaps: Gap[]; unlocated: readonly string[] }) {
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
