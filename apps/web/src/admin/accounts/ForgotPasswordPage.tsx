import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { useConfig } from '../../config/ConfigContext';
import { TextField } from '../../forms/TextField';
import { errorCode, errorExtension } from '../../graphql/errors';
import { REQUEST_PASSWORD_RESET_MUTATION } from './accounts-operations';
import { useAccountsText } from './accounts-text';
import { Feedback, type FeedbackMessage } from './Feedback';
import './accounts.css';

/**
 * `/admin/mot-de-passe-oublie`: asks for a new password link by mail. The answer is the same whether the
 * address has an account or not; a server without SMTP says to ask an administrator instead.
 */
export function ForgotPasswordPage() {
  const text = useAccountsText();
  usePageTitle(text.forgotTitle);
  const client = useApolloClient();
  const { passwordLinksByMail } = useConfig();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFeedback(null);
    const address = email.trim();
    try {
      await client.mutate({ mutation: REQUEST_PASSWORD_RESET_MUTATION, variables: { email: address } });
      setFeedback({ kind: 'success', text: text.forgotSent(address) });
    } catch (error) {
      setFeedback({
        kind: 'error',
        text:
          errorCode(error) === 'RATE_LIMITED'
            ? text.rateLimited(errorExtension<number>(error, 'retryAfterSeconds') ?? null)
            : text.unavailable,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="admin-account-form">
      <h1 id="page-title" tabIndex={-1}>
        {text.forgotTitle}
      </h1>
      {passwordLinksByMail === false ? (
        <p className="notice notice-warning">{text.forgotNoMail}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <p>{text.forgotIntro}</p>
          <TextField
            label={text.email}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={setEmail}
          />
          <Feedback message={feedback} />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? text.sending : text.forgotSubmit}
          </button>
        </form>
      )}
      <p>
        <Link href="/admin">{text.backToLogin}</Link>
      </p>
    </div>
  );
}
