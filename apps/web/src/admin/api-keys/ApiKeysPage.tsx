import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../../graphql/errors';
import { ApiKeyForm } from './ApiKeyForm';
import { API_KEYS_QUERY, type ApiKey } from './api-keys-operations';
import { useApiKeysText } from './api-keys-text';
import { ApiKeysTable } from './ApiKeysTable';
import { CreatedKey } from './CreatedKey';
import { WebhooksSection } from './WebhooksSection';
import './api-keys.css';

/** `/admin/cles-api` (admins): partners' API keys — list with usage, create (secret shown once), revoke; their webhooks. */
export function ApiKeysPage() {
  const text = useApiKeysText();
  usePageTitle(text.title);
  const id = useId();
  const { data, loading, error, refetch } = useQuery(API_KEYS_QUERY, { fetchPolicy: 'network-only' });
  const [created, setCreated] = useState<{ apiKey: ApiKey; secret: string } | null>(null);
  const [status, setStatus] = useState('');

  return (
    <div className="admin-api-keys">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.intro}</p>
      <p role="status">{status || (loading && !data ? text.loading : '')}</p>
      {error && (
        <p role="alert" className="field-problem">
          {text.error} {errorMessage(error)}
        </p>
      )}

      {created ? (
        <CreatedKey
          apiKey={created.apiKey}
          secret={created.secret}
          text={text}
          onDone={() => {
            setCreated(null);
            requestAnimationFrame(() => document.getElementById(`${id}-create`)?.focus());
          }}
        />
      ) : (
        <section className="api-keys-section" aria-labelledby={`${id}-create`}>
          <h2 id={`${id}-create`} tabIndex={-1}>
            {text.createTitle}
          </h2>
          <ApiKeyForm
            text={text}
            limits={data?.apiKeyLimits ?? null}
            onCreated={(apiKey, secret) => {
              setStatus('');
              setCreated({ apiKey, secret });
              void refetch();
            }}
          />
        </section>
      )}

      <section className="api-keys-section" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{text.listTitle}</h2>
        {data && (
          <ApiKeysTable keys={data.apiKeys} text={text} onRevoked={(apiKey) => setStatus(text.revoked(apiKey.name))} />
        )}
      </section>

      {data && <WebhooksSection keys={data.apiKeys} />}
    </div>
  );
}
