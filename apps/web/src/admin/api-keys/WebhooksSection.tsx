import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Field } from '../../forms/Field';
import { errorMessage } from '../../graphql/errors';
import { useI18n } from '../../i18n/I18nContext';
import type { ApiKey } from './api-keys-operations';
import { LinesField } from './LinesField';
import { WebhookDeliveries } from './WebhookDeliveries';
import {
  CREATE_WEBHOOK_MUTATION,
  DELETE_WEBHOOK_MUTATION,
  ENABLE_WEBHOOK_MUTATION,
  WEBHOOK_KINDS,
  WEBHOOKS_QUERY,
  type PlaceChangeKind,
  type Webhook,
} from './webhooks-operations';
import { useWebhooksText, type WebhooksText } from './webhooks-text';

/** A key's webhooks: status, delivery log, re-enable, delete; a form to add one (its secret shown once). */
export function WebhooksSection({ keys }: { keys: ApiKey[] }) {
  const text = useWebhooksText();
  const id = useId();
  const active = keys.filter((key) => !key.revokedAt);
  const [chosen, setChosen] = useState<string | null>(null);
  const apiKeyId = chosen && active.some((k) => k.id === chosen) ? chosen : (active[0]?.id ?? null);
  const [status, setStatus] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(WEBHOOKS_QUERY, {
    variables: { apiKeyId: apiKeyId ?? '' },
    skip: !apiKeyId,
    fetchPolicy: 'network-only',
  });

  return (
    <section className="api-keys-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.title}</h2>
      <p>{text.intro}</p>
      {active.length === 0 ? (
        <p>{text.noKeys}</p>
      ) : (
        <>
          <Field id={`${id}-key`} label={text.key}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={apiKeyId ?? ''}
                onChange={(e) => {
                  setChosen(e.target.value);
                  setSecret(null);
                  setStatus('');
                }}
              >
                {active.map((key) => (
                  <option key={key.id} value={key.id}>
                    {key.name} ({key.prefix}…)
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p role="status">{status || (loading && !data ? text.loading : '')}</p>
          {error && (
            <p role="alert" className="field-problem">
              {text.error} {errorMessage(error)}
            </p>
          )}
          {data &&
            (data.webhooks.length === 0 ? (
              <p>{text.none}</p>
            ) : (
              data.webhooks.map((webhook) => (
                <WebhookItem
                  key={webhook.id}
                  webhook={webhook}
                  text={text}
                  onChanged={(message) => {
                    setStatus(message);
                    void refetch();
                  }}
                />
              ))
            ))}
          {secret ? (
            <SecretOnce secret={secret} text={text} onDone={() => setSecret(null)} />
          ) : (
            apiKeyId && (
              <WebhookForm
                apiKeyId={apiKeyId}
                text={text}
                onCreated={(url, newSecret) => {
                  setStatus(text.created(url));
                  setSecret(newSecret);
                  void refetch();
                }}
              />
            )
          )}
        </>
      )}
    </section>
  );
}

function WebhookItem(props: { webhook: Webhook; text: WebhooksText; onChanged(message: string): void }) {
  const { webhook, text } = props;
  const { locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [enable, enabling] = useMutation(ENABLE_WEBHOOK_MUTATION);
  const [remove, removing] = useMutation(DELETE_WEBHOOK_MUTATION);
  const [problem, setProblem] = useState('');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' });
  const run = async (action: () => Promise<unknown>, message: string) => {
    setProblem('');
    try {
      await action();
      props.onChanged(message);
    } catch (error) {
      setProblem(`${text.error} ${errorMessage(error)}`);
    }
  };
  return (
    <article className="api-keys-section" aria-label={webhook.url}>
      <h3>
        <code>{webhook.url}</code>{' '}
        <span className={`badge ${webhook.status === 'ACTIVE' ? 'badge-published' : 'badge-closed'}`}>
          {webhook.status === 'ACTIVE' ? text.active : text.disabled}
        </span>
      </h3>
      <p>
        {webhook.kinds.map((kind) => text.kindNames[kind] ?? kind).join(', ')}
        {webhook.territory.length > 0 && ` — ${webhook.territory.join(', ')}`} — {webhook.contactEmail}
      </p>
      {webhook.status === 'DISABLED' && webhook.disabledAt && (
        <p className="notice notice-warning">
          {text.disabledSince(date.format(new Date(webhook.disabledAt)), webhook.disabledReason ?? '')}
        </p>
      )}
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
      <p>
        {webhook.status === 'DISABLED' && (
          <button
            type="button"
            className="button button-primary button-small"
            disabled={enabling.loading}
            onClick={() => void run(() => enable({ variables: { id: webhook.id } }), text.enabled(webhook.url))}
          >
            {text.enable}
          </button>
        )}{' '}
        {confirming ? (
          <>
            <span>{text.removeConfirm(webhook.url)}</span>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={removing.loading}
              onClick={() => void run(() => remove({ variables: { id: webhook.id } }), text.removed(webhook.url))}
            >
              {text.confirmRemove}
            </button>{' '}
            <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>
              {text.cancel}
            </button>
          </>
        ) : (
          <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(true)}>
            {text.remove}
          </button>
        )}
      </p>
      <h4>{text.logTitle(webhook.url)}</h4>
      <WebhookDeliveries webhook={webhook} text={text} />
    </article>
  );
}

function WebhookForm(props: { apiKeyId: string; text: WebhooksText; onCreated(url: string, secret: string): void }) {
  const { text } = props;
  const id = useId();
  const [url, setUrl] = useState('');
  const [kinds, setKinds] = useState<PlaceChangeKind[]>(['CREATED', 'UPDATED', 'CLOSED', 'REMOVED', 'NOTICE']);
  const [territory, setTerritory] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [create, { loading }] = useMutation(CREATE_WEBHOOK_MUTATION);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const result = await create({
        variables: {
          input: {
            apiKeyId: props.apiKeyId,
            url: url.trim(),
            kinds,
            territory: territory
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
            contactEmail: contactEmail.trim(),
          },
        },
      });
      const created = result.data!.createWebhook;
      setUrl('');
      props.onCreated(created.webhook.url, created.secret);
    } catch (error) {
      const field = (error as { errors?: { extensions?: { field?: string } }[] }).errors?.[0]?.extensions?.field;
      setProblem({ field: field ?? 'url', message: errorMessage(error) });
    }
  }
  const problemOf = (field: string) => (problem?.field === field ? problem.message : null);

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{text.addTitle}</h3>
      <Field id={`${id}-url`} label={text.url} hint={text.urlHint} problem={problemOf('url')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            required
            value={url}
            autoComplete="off"
            onChange={(e) => setUrl(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="field" aria-describedby={problemOf('kinds') ? `${id}-kinds-problem` : undefined}>
        <legend className="field-label">{text.kinds}</legend>
        {WEBHOOK_KINDS.map((kind) => (
          <label key={kind} className="api-keys-choice">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={(e) => setKinds((was) => (e.target.checked ? [...was, kind] : was.filter((k) => k !== kind)))}
            />
            {text.kindNames[kind]}
          </label>
        ))}
        {problemOf('kinds') && (
          <p id={`${id}-kinds-problem`} className="field-problem">
            {problemOf('kinds')}
          </p>
        )}
      </fieldset>
      <LinesField
        id={`${id}-territory`}
        label={text.territory}
        hint={text.territoryHint}
        value={territory}
        problems={problemOf('territory') ? [problemOf('territory')!] : []}
        onChange={setTerritory}
      />
      <Field id={`${id}-contact`} label={text.contactEmail} hint={text.contactHint} problem={problemOf('contactEmail')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="email"
            required
            value={contactEmail}
            autoComplete="email"
            onChange={(e) => setContactEmail(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={loading}>
        {loading ? text.adding : text.add}
      </button>
    </form>
  );
}

function SecretOnce(props: { secret: string; text: WebhooksText; onDone(): void }) {
  const id = useId();
  return (
    <div className="api-keys-section">
      <h3 id={`${id}-title`}>{props.text.secretTitle}</h3>
      <p id={`${id}-warning`} className="notice notice-warning">
        <strong>{props.text.secretWarning}</strong>
      </p>
      <div className="api-keys-secret">
        <input
          className="input"
          readOnly
          value={props.secret}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-warning`}
          spellCheck={false}
          autoComplete="off"
          ref={(input) => input?.focus()}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <p>
        <button type="button" className="button button-secondary" onClick={props.onDone}>
          {props.text.secretDone}
        </button>
      </p>
    </div>
  );
}
