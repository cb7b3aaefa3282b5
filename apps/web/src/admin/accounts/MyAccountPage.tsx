import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { TextField } from '../../forms/TextField';
import type { Viewer } from '../admin-operations';
import { CHANGE_PASSWORD_MUTATION, MY_ACCOUNT_QUERY, type StaffUser } from './accounts-operations';
import { useAccountsText, type AccountsText } from './accounts-text';
import { Feedback } from './Feedback';
import { NewPasswordFields } from './NewPasswordFields';
import { problemsByField } from './problems';
import { passwordFailure, useAccountForm } from './useAccountForm';
import './accounts.css';

/** `/admin/compte`: who I am, and changing my password (which signs out my other sessions). */
export function MyAccountPage({ viewer }: { viewer: Viewer }) {
  const text = useAccountsText();
  usePageTitle(text.accountTitle);
  const { data } = useQuery(MY_ACCOUNT_QUERY, { fetchPolicy: 'network-only' });
  const user = data?.viewer?.user ?? null;
  return (
    <div className="admin-account">
      <h1 id="page-title" tabIndex={-1}>
        {text.accountTitle}
      </h1>
      {viewer.user === null ? (
        <p>{text.tokenViewer}</p>
      ) : (
        <>
          {user ? <AccountFacts user={user} text={text} /> : <p role="status">{text.loading}</p>}
          <ChangePasswordForm email={viewer.user.email} text={text} />
        </>
      )}
    </div>
  );
}

function AccountFacts({ user, text }: { user: StaffUser; text: AccountsText }) {
  return (
    <dl className="account-facts">
      <div>
        <dt>{text.email}</dt>
        <dd>{user.email}</dd>
      </div>
      <div>
        <dt>{text.name}</dt>
        <dd>{user.name ?? text.none}</dd>
      </div>
      <div>
        <dt>{text.role}</dt>
        <dd>{text.roles[user.role]}</dd>
      </div>
      <div>
        <dt>{text.organization}</dt>
        <dd>{user.organizationName ?? text.none}</dd>
      </div>
    </dl>
  );
}

function ChangePasswordForm({ email, text }: { email: string; text: AccountsText }) {
  const client = useApolloClient();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { busy, problems, feedback, run, reject, succeed } = useAccountForm(text, passwordFailure);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== confirmation) return reject({ confirmation: text.mismatch });
    await run(async () => {
      const { data } = await client.mutate({
        mutation: CHANGE_PASSWORD_MUTATION,
        variables: { currentPassword: current, newPassword: password },
      });
      const payload = data!.changePassword;
      if (payload.ok) {
        setCurrent('');
        setPassword('');
        setConfirmation('');
        succeed(text.changed);
      } else {
        reject(problemsByField(payload.problems, text));
      }
    });
  }

  return (
    <form className="admin-account-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="change-password">
      <h2 id="change-password">{text.changePasswordTitle}</h2>
      {/* For password managers: which account this password belongs to. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Feedback message={feedback} />
      <TextField
        label={text.currentPassword}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={setCurrent}
        problem={problems.currentPassword ?? null}
      />
      <NewPasswordFields
        text={text}
        password={password}
        confirmation={confirmation}
        problems={{ password: problems.newPassword, confirmation: problems.confirmation }}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? text.saving : text.changeSubmit}
      </button>
    </form>
  );
}
