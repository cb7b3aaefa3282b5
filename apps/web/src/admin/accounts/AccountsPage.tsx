import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../../graphql/errors';
import { useI18n } from '../../i18n/I18nContext';
import type { Viewer } from '../admin-operations';
import { ORGANIZATIONS_QUERY, USERS_QUERY, type PasswordLink, type StaffUser } from './accounts-operations';
import { useAccountsText, type AccountsText } from './accounts-text';
import { AccountPanel } from './AccountPanel';
import { CollectivityTerritories } from './CollectivityTerritories';
import { formatDateTime } from './format-date';
import { InviteForm } from './InviteForm';
import { PasswordLinkBox } from './PasswordLinkBox';
import './accounts.css';

/** `/admin/utilisateurs` (ADMIN): the staff accounts, inviting someone, managing one account. */
export function AccountsPage({ viewer }: { viewer: Viewer }) {
  const text = useAccountsText();
  usePageTitle(text.accountsTitle);
  const users = useQuery(USERS_QUERY, { fetchPolicy: 'network-only' });
  const organizations = useQuery(ORGANIZATIONS_QUERY, { fetchPolicy: 'network-only' });
  const orgs = organizations.data?.organizations ?? [];
  const [invited, setInvited] = useState<{ user: StaffUser; link: PasswordLink } | null>(null);
  const [managedId, setManagedId] = useState<string | null>(null);
  const list = users.data?.users ?? [];
  const managed = list.find((u) => u.id === managedId) ?? null;

  return (
    <div className="admin-accounts">
      <h1 id="page-title" tabIndex={-1}>
        {text.accountsTitle}
      </h1>
      <p>{text.accountsIntro}</p>

      <section className="accounts-step" aria-labelledby="invite-title">
        <h2 id="invite-title">{text.inviteTitle}</h2>
        <InviteForm
          organizations={orgs}
          text={text}
          onInvited={(user, link) => {
            setInvited({ user, link });
            void users.refetch();
          }}
        />
        {invited && (
          <PasswordLinkBox
            email={invited.user.email}
            link={invited.link}
            intro={text.invited(invited.user.email)}
            text={text}
          />
        )}
      </section>

      {users.error && (
        <p className="notice notice-error" role="alert">
          {text.loadFailed} {errorMessage(users.error)}
        </p>
      )}
      {users.loading && !users.data && <p role="status">{text.loading}</p>}
      {users.data && (
        <AccountsTable
          users={list}
          viewer={viewer}
          text={text}
          onManage={(id) => {
            setManagedId(id);
            setInvited(null);
          }}
        />
      )}
      {managed && (
        <AccountPanel
          key={managed.id}
          user={managed}
          self={managed.id === viewer.user?.id}
          organizations={orgs}
          text={text}
          onClose={() => {
            setManagedId(null);
            requestAnimationFrame(() => document.getElementById(`manage-${managed.id}`)?.focus());
          }}
        />
      )}
      <CollectivityTerritories />
    </div>
  );
}

function AccountsTable({
  users,
  viewer,
  text,
  onManage,
}: {
  users: StaffUser[];
  viewer: Viewer;
  text: AccountsText;
  onManage(id: string): void;
}) {
  const { locale } = useI18n();
  return (
    <div className="accounts-table-wrap" tabIndex={0} role="region" aria-label={text.tableCaption(users.length)}>
      <table className="admin-table">
        <caption>{text.tableCaption(users.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.email}</th>
            <th scope="col">{text.name}</th>
            <th scope="col">{text.role}</th>
            <th scope="col">{text.organization}</th>
            <th scope="col">{text.password}</th>
            <th scope="col">{text.state}</th>
            <th scope="col">{text.lastLogin}</th>
            <th scope="col">{text.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.email} {user.id === viewer.user?.id && <span className="field-hint">{text.you}</span>}
              </th>
              <td>{user.name ?? text.none}</td>
              <td>{text.roles[user.role]}</td>
              <td>{user.organizationName ?? text.none}</td>
              <td>{user.hasPassword ? text.hasPassword : text.pendingInvitation}</td>
              <td>{user.disabled ? <span className="badge badge-closed">{text.disabled}</span> : text.enabled}</td>
              <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : text.never}</td>
              <td>
                <button
                  type="button"
                  id={`manage-${user.id}`}
                  className="button button-secondary"
                  onClick={() => onManage(user.id)}
                >
                  {text.manage}
                  <span className="visually-hidden"> {user.email}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
