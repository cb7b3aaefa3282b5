import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, navigate } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { SET_PASSWORD_MUTATION } from './accounts-operations';
import { useAccountsText, type AccountsText } from './accounts-text';
import { Feedback } from './Feedback';
import { NewPasswordFields } from './NewPasswordFields';
import { problemsByField } from './problems';
import { passwordFailure, useAccountForm } from './useAccountForm';
import './accounts.css';

/** The token a link carries in its fragment (`#token=…`): never sent to a server, so in no access log. */
const fragmentToken = () => new URLSearchParams(window.location.hash.slice(1)).get('token');

/**
 * Reads the link's token once (from the fragment; from the query for links mailed before, `?token=…`), then
 * takes it out of the address bar (and so of history and bookmarks).
 */
function useLinkToken(): string | null {
  const [token] = useState(() => fragmentToken() ?? new URLSearchParams(window.location.search).get('token'));
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const inQuery = params.has('token');
    if (!inQuery && fragmentToken() === null) return;
    params.delete('token');
    const rest = params.toString();
    const to = `${window.location.pathname}${rest ? `?${rest}` : ''}`;
    // A fragment alone is not a route: the address bar is rewritten in place, the page stays.
    if (inQuery) navigate(to, { replace: true });
    else window.history.replaceState(null, '', to);
  }, []);
  return token;
}

/** `/admin/mot-de-passe#token=…`: the one-time link of an invitation or a reset; signs in on success. */
export function PasswordLinkPage({ onSignedIn }: { onSignedIn(): void }) {
  const text = useAccountsText();
  usePageTitle(text.linkTitle);
  const client = useApolloClient();
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [invalid, setInvalid] = useState(token === null);
  const { busy, problems, feedback, run, reject } = useAccountForm(text, passwordFailure);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== confirmation) return reject({ confirmation: text.mismatch });
    await run(async () => {
      const { data } = await client.mutate({ mutation: SET_PASSWORD_MUTATION, variables: { token: token!, password } });
      const payload = data!.setPassword;
      if (payload.ok) {
        // Signed in as this account now: nothing cached for whoever used this browser before.
        await client.clearStore();
        onSignedIn();
        return;
      }
      if (payload.problems.some((p) => p.field === 'token')) {
        setInvalid(true);
        return;
      }
      reject(problemsByField(payload.problems, text));
    });
  }

  return (
    <div className="admin-account-form">
      <h1 id="page-title" tabIndex={-1}>
        {text.linkTitle}
      </h1>
      {invalid ? (
        <InvalidLink text={text} missing={token === null} />
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p>{text.linkIntro}</p>
          <Feedback message={feedback} />
          <NewPasswordFields
            text={text}
            password={password}
            confirmation={confirmation}
            problems={problems}
            onPassword={setPassword}
            onConfirmation={setConfirmation}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? text.saving : text.linkSubmit}
          </button>
        </form>
      )}
    </div>
  );
}

function InvalidLink({ text, missing }: { text: AccountsText; missing: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!missing) box.current?.focus();
  }, [missing]);
  return (
    <div ref={box} tabIndex={-1} role="alert" className="notice notice-error">
      <p>
        {missing ? text.linkMissing : text.linkInvalid} {text.linkHelp}
      </p>
      <p className="notice-actions">
        <Link href="/admin/mot-de-passe-oublie">{text.forgotLink}</Link>
        <Link href="/admin">{text.backToLogin}</Link>
      </p>
    </div>
  );
}
