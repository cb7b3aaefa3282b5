import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import type { Viewer } from '../admin-operations';
import { CsvImport } from './CsvImport';
import { DeclarationForm } from './DeclarationForm';
import { DeclarationsList } from './DeclarationsList';
import { IMPACT_DECLARATIONS_QUERY } from './impact-admin-operations';
import { useImpactAdminText } from './impact-admin-text';
import { useImpactOrganization } from './useImpactOrganization';

/**
 * `/admin/impact`: a structure declares its months (form or CSV) and follows them; editors and
 * administrators also validate or reject every organisation's pending months.
 */
export function ImpactAdminPage({ viewer }: { viewer: Viewer }) {
  const text = useImpactAdminText();
  usePageTitle(text.title);
  const reviews = viewer.role === 'ADMIN' || viewer.role === 'EDITOR';
  const declares = reviews || viewer.role === 'STRUCTURE';
  const { picks, organizations, organizationId, setPicked } = useImpactOrganization(viewer);
  const [commune, setCommune] = useState('');
  const [pendingOnly, setPendingOnly] = useState(reviews);
  const [message, setMessage] = useState<string | null>(null);
  const { data, loading, refetch } = useQuery(IMPACT_DECLARATIONS_QUERY, {
    variables: {
      organizationId: reviews ? null : organizationId || null,
      status: pendingOnly ? 'PENDING' : null,
    },
    fetchPolicy: 'network-only',
  });
  return (
    <div className="admin-impact">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.intro}</p>
      {declares && (
        <>
          {picks && (
            <SelectField
              label={text.organization}
              value={organizationId}
              options={organizations.map((o) => [o.id, o.name] as const)}
              onChange={setPicked}
            />
          )}
          <TextField label={text.commune} value={commune} onChange={setCommune} inputMode="numeric" />
          <DeclarationForm organizationId={organizationId} commune={commune} onSaved={refetch} />
          <CsvImport organizationId={organizationId} commune={commune} onSaved={refetch} />
        </>
      )}
      <section aria-labelledby="impact-list">
        <h2 id="impact-list">{text.listTitle}</h2>
        <label className="field-checkbox">
          <input type="checkbox" checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)} />{' '}
          {text.pendingOnly}
        </label>
        <p role="status">{message ?? (loading && !data ? text.loading : '')}</p>
        {data && (
          <DeclarationsList
            declarations={data.impactDeclarations}
            reviews={reviews}
            onChanged={async (done) => {
              setMessage(done);
              await refetch();
            }}
          />
        )}
      </section>
    </div>
  );
}
