import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from '../app/router';
import { TextField } from '../forms/TextField';
import { errorCode, errorExtension } from '../graphql/errors';
import { LOGIN_MUTATION } from './admin-operations';
import { useAccountsText } from './accounts/accounts-text';
import { useAdminText } from './admin-text';

export function LoginForm({ onSignedIn }: { onSignedIn(): void }) {
  const text = useAdminText();
  const accountsText = useAccountsText();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await client.mutate({ mutation: LOGIN_MUTATION, variables: { email: email.trim(), password } });
      onSignedIn();
    } catch (error) {
      const code = errorCode(error);
      setProblem(
        code === 'RATE_LIMITED'
          ? text.tooManyAttempts(errorExtension<number>(error, 'retryAfterSeconds') ?? null)
          : code === 'UNAUTHENTICATED'
            ? text.badCredentials
            : text.unavailable,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="admin-login" onSubmit={(e) => void submit(e)}>
      <h1 id="page-title" tabIndex={-1}>
        {text.loginTitle}
      </h1>
      <TextField label={text.email} type="email" autoComplete="username" required value={email} onChange={setEmail} />
      <TextField
        label={text.password}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
      />
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? text.loggingIn : text.login}
      </button>
      <p>
        <Link href="/admin/mot-de-passe-oublie">{accountsText.forgotLink}</Link>
      </p>
    </form>
  );
}
