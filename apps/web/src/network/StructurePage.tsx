import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { STRUCTURE_PROFILE_QUERY } from './network-operations';
import { useNetworkText } from './network-text';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** `/professionnels/structure/<id>`: a structure's profile with its contact. */
export function StructurePage({ id }: { id: string }) {
  const text = useNetworkText();
  const { data, loading, error } = useQuery(STRUCTURE_PROFILE_QUERY, { variables: { id } });
  const s = data?.structure;
  usePageTitle(s?.name ?? text.title);
  if (loading) return <p role="status">…</p>;
  if (error || !s)
    return (
      <article>
        <h1 id="page-title" tabIndex={-1}>
          {text.notFound}
        </h1>
        <Link href="/professionnels">{text.back}</Link>
      </article>
    );
  return (
    <article className="structure-page">
      <p>
        <Link href="/professionnels">{text.back}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {s.name}
      </h1>
      {data.viewer && (data.viewer.role === 'ADMIN' || data.viewer.organizationId === s.id) && (
        <p>
          <Link href={`/professionnels/structure/${s.id}/modifier`}>{text.editLink}</Link>
        </p>
      )}
      {s.description && <p>{s.description}</p>}
      <h2>{text.competences}</h2>
      <ul>
        {s.competences.map((c) => (
          <li key={c.code}>
            {c.label} — {c.communes.length ? c.communes.join(', ') : text.everywhere}
          </li>
        ))}
      </ul>
      {s.places.length > 0 && (
        <>
          <h2>{text.places}</h2>
          <ul>
            {s.places.map((p) => (
              <li key={p.id}>
                <Link href={`/lieu/${encodeURIComponent(p.slug)}`}>{p.name}</Link>
                {p.commune ? ` — ${p.commune}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{text.contact}</h2>
      <dl>
        {s.contactPerson && <Row term={text.contactPerson}>{s.contactPerson}</Row>}
        {s.email && (
          <Row term={text.email}>
            <a href={`mailto:${s.email}`}>{s.email}</a>
          </Row>
        )}
        {s.phone && (
          <Row term={text.phone}>
            <a href={`tel:${s.phone.replace(/\s/g, '')}`}>{s.phone}</a>
          </Row>
        )}
        {s.website && (
          <Row term={text.website}>
            <a href={s.website} rel="noopener noreferrer">
              {s.website}
            </a>
          </Row>
        )}
      </dl>
      <h2>{text.identity}</h2>
      <dl>
        {s.siret && <Row term={text.siret}>{s.siret}</Row>}
        {s.legalForm && <Row term={text.legalForm}>{s.legalForm}</Row>}
        {s.insertionTypes.map((t) => (
          <Row key={t} term={text.insertionType}>
            {text.types[t]}
          </Row>
        ))}
        {s.ess && <Row term={text.ess}>✓</Row>}
        {s.networks.length > 0 && <Row term={text.networks}>{s.networks.join(', ')}</Row>}
        {s.capacity !== null && s.capacity !== undefined && <Row term={text.capacity}>{s.capacity}</Row>}
        {s.insertionJobs !== null && s.insertionJobs !== undefined && (
          <Row term={text.insertionJobs}>{s.insertionJobs}</Row>
        )}
        {s.territory.length > 0 && <Row term={text.covers}>{s.territory.join(', ')}</Row>}
      </dl>
    </article>
  );
}
