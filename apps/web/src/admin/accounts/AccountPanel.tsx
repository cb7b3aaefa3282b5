import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Role } from '../admin-operations';
import {
  ISSUE_PASSWORD_LINK_MUTATION,
  UPDATE_USER_MUTATION,
  type Organization,
  type PasswordLink,
  type StaffUser,
} from './accounts-operations';
import type { AccountsText } from './accounts-text';
import { Feedback } from './Feedback';
import { organizationOptions, ROLES } from './InviteForm';
import { PasswordLinkBox } from './PasswordLinkBox';
import { problemsByField } from './problems';
import { SelectField } from './SelectField';
import { useAccountForm } from './useAccountForm';

/** One account: role and organisation, disable / enable, a new password link. */
export function AccountPanel({
  user,
  self,
  organizations,
  text,
  onClose,
}: {
  user: StaffUser;
  /** The signed-in admin's own account (which they may not disable from here). */
  self: boolean;
  organizations: Organization[];
  text: AccountsText;
  onClose(): void;
}) {
  const client = useApolloClient();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [role, setRole] = useState<Role>(user.role);
  const [organizationId, setOrganizationId] = useState(user.organizationId ?? '');
  const [link, setLink] = useState<PasswordLink | null>(null);
  const { busy, problems, feedback, run, reject, succeed } = useAccountForm(text);
  useEffect(() => heading.current?.focus(), []);

  function update(input: { role?: Role; organizationId?: string | null; disabled?: boolean }, done: string) {
    return run(async () => {
      const { data } = await client.mutate({ mutation: UPDATE_USER_MUTATION, variables: { id: user.id, input } });
      const payload = data!.updateUser;
      if (payload.user) succeed(done);
      else reject(problemsByField(payload.problems, text));
    });
  }

  // The link leaves the form alone: problems shown next to its fields stay.
  function newLink() {
    return run(
      async () => {
        const { data } = await client.mutate({
          mutation: ISSUE_PASSWORD_LINK_MUTATION,
          variables: { userId: user.id },
        });
        setLink(data!.issuePasswordLink);
      },
      { keepProblems: true },
    );
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void update({ role, organizationId: organizationId || null }, text.updated(user.email));
  }

  return (
    <section className="account-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {text.manageTitle(user.email)}
      </h2>
      <Feedback message={feedback} />
      <form onSubmit={save} noValidate>
        <SelectField
          label={text.role}
          hint={text.rolesHint}
          value={role}
          onChange={(value) => setRole(value as Role)}
          problem={problems.role ?? null}
          options={ROLES.map((r) => ({ value: r, label: text.roles[r] }))}
        />
        <SelectField
          label={text.organization}
          hint={text.organizationHint}
          value={organizationId}
          onChange={setOrganizationId}
          problem={problems.organizationId ?? null}
          options={organizationOptions(organizations, text)}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {text.save}
        </button>
      </form>
      <div className="account-panel-actions">
        <p id={`${id}-disable`} className="field-hint">
          {self ? text.cannotDisableSelf : text.disableHint}
        </p>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy || self}
          aria-describedby={`${id}-disable`}
          onClick={() =>
            void update(
              { disabled: !user.disabled },
              user.disabled ? text.enabledDone(user.email) : text.disabledDone(user.email),
            )
          }
        >
          {user.disabled ? text.enable : text.disable}
        </button>
        <p id={`${id}-link`} className="field-hint">
          {text.newLinkHint}
        </p>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy || user.disabled}
          aria-describedby={`${id}-link`}
          onClick={() => void newLink()}
        >
          {text.newLink}
        </button>
        <button type="button" className="button button-link" onClick={onClose}>
          {text.close}
        </button>
      </div>
      {link && <PasswordLinkBox email={user.email} link={link} text={text} />}
    </section>
  );
}
