import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { useConfig } from '../../config/ConfigContext';
import { TextField } from '../../forms/TextField';
import { REQUEST_PASSWORD_RESET_MUTATION } from './accounts-operations';
import { useAccountsText } from './accounts-text';
import { Feedback } from './Feedback';
import { passwordFailure, useAccountForm } from './useAccountForm';
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
  const { busy, feedback, run, succeed } = useAccountForm(text, passwordFailure);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    await run(async () => {
      await client.mutate({ mutation: REQUEST_PASSWORD_RESET_MUTATION, variables: { email: address } });
      succeed(text.forgotSent(address));
    });
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
