import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { REVOKE_API_KEY_MUTATION, type ApiKey } from './api-keys-operations';
import type { ApiKeysText } from './api-keys-text';
import { useErrorText } from '../useErrorText';

const close = (element: HTMLDialogElement | null) => {
  if (element?.open && typeof element.close === 'function') element.close();
};

/**
 * The confirmation step before revoking: a modal <dialog> (focus kept inside, Escape cancels),
 * opened on the safe choice.
 */
export function RevokeDialog(props: { apiKey: ApiKey; text: ApiKeysText; onCancel(): void; onRevoked(): void }) {
  const { apiKey, text } = props;
  const client = useApolloClient();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorText();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', ''); // browsers (and jsdom) without modal dialogs
    }
    cancel.current?.focus();
    return () => close(element);
  }, []);

  // Closed before the parent moves the focus: while it is open, the rest of the page is inert.
  function finish(then: () => void) {
    close(dialog.current);
    then();
  }

  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      // The answer updates the cached row (same id): the table shows it revoked.
      await client.mutate({ mutation: REVOKE_API_KEY_MUTATION, variables: { id: apiKey.id } });
      finish(props.onRevoked);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="api-keys-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) finish(props.onCancel);
      }}
    >
      <h2 id={`${id}-title`}>{text.confirmTitle(apiKey.name)}</h2>
      <p id={`${id}-body`}>{text.confirmBody(apiKey.prefix)}</p>
      {error && (
        <p role="alert" className="field-problem">
          {error}
        </p>
      )}
      <div className="api-keys-actions">
        <button type="button" className="button button-danger" onClick={() => void revoke()} disabled={busy}>
          {busy ? text.revoking : text.confirmRevoke}
        </button>
        <button
          ref={cancel}
          type="button"
          className="button button-secondary"
          onClick={() => finish(props.onCancel)}
          disabled={busy}
        >
          {text.cancel}
        </button>
      </div>
    </dialog>
  );
}
