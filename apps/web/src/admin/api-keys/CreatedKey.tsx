import { useEffect, useId } from 'react';
import { useClipboardCopy } from '../../forms/useClipboardCopy';
import { useI18n } from '../../i18n/I18nContext';
import { CopyableSnippet } from '../../partners/CopyableSnippet';
import { defaultWidgetConfig, widgetSnippet } from '../../partners/widget-snippet';
import { curlSnippet } from './api-key-form';
import type { ApiKey } from './api-keys-operations';
import type { ApiKeysText } from './api-keys-text';

/** The new key's secret, shown this once (focused, to copy), with ready-to-paste code for the partner. */
export function CreatedKey({
  apiKey,
  secret,
  text,
  onDone,
}: {
  apiKey: ApiKey;
  secret: string;
  text: ApiKeysText;
  onDone(): void;
}) {
  const { lang } = useI18n();
  const id = useId();
  const { field, status, copy } = useClipboardCopy<HTMLInputElement>({ copied: text.copied, failed: text.copyFailed });
  const origin = window.location.origin;

  useEffect(() => {
    field.current?.focus();
  }, [field]);

  return (
    <section className="api-keys-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.createdTitle(apiKey.name)}</h2>
      <p id={`${id}-warning`} className="notice notice-warning">
        <strong>{text.secretWarning}</strong>
      </p>
      <div className="field">
        <label htmlFor={id} className="field-label">
          {text.secretLabel(apiKey.name)}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {text.secretHint}
        </p>
        <div className="api-keys-secret">
          <input
            ref={field}
            id={id}
            className="input"
            readOnly
            value={secret}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-warning ${id}-hint`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button button-primary" onClick={() => void copy(secret)}>
            {text.copySecret}
          </button>
        </div>
        <p className="field-hint" role="status">
          {status}
        </p>
      </div>
      <div className="api-keys-snippet">
        <CopyableSnippet
          code={curlSnippet(origin, secret)}
          label={text.curlLabel}
          hint={text.curlHint}
          copyLabel={text.copyCode}
          copiedText={text.copied}
          failedText={text.copyFailed}
        />
      </div>
      {apiKey.origins.length > 0 ? (
        <div className="api-keys-snippet">
          <CopyableSnippet
            code={widgetSnippet(origin, { ...defaultWidgetConfig, lang, apiKey: secret })}
            label={text.widgetLabel}
            hint={text.widgetHint(`${origin}/partenaires/widget`)}
            copyLabel={text.copyCode}
            copiedText={text.copied}
            failedText={text.copyFailed}
          />
        </div>
      ) : (
        <p>{text.serverOnly}</p>
      )}
      <p>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {text.done}
        </button>
      </p>
    </section>
  );
}
