import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../forms/TextField';
import type { Role } from '../admin-operations';
import { INVITE_USER_MUTATION, type Organization, type PasswordLink, type StaffUser } from './accounts-operations';
import type { AccountsText } from './accounts-text';
import { Feedback } from './Feedback';
import { problemsByField } from './problems';
import { SelectField } from './SelectField';
import { useAccountForm } from './useAccountForm';

export const ROLES: Role[] = ['ADMIN', 'EDITOR', 'STRUCTURE', 'MODERATOR', 'COLLECTIVITY'];

export const organizationOptions = (organizations: Organization[], text: AccountsText) => [
  { value: '', label: text.noOrganization },
  ...organizations.map((o) => ({ value: o.id, label: o.name })),
];

/** Creates an account; the page then shows its one-time password link. */
export function InviteForm({
  organizations,
  text,
  onInvited,
}: {
  organizations: Organization[];
  text: AccountsText;
  onInvited(user: StaffUser, link: PasswordLink): void;
}) {
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [organizationId, setOrganizationId] = useState('');
  const { busy, problems, feedback, run, reject } = useAccountForm(text);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!role) return reject({ role: text.roleRequired });
    await run(async () => {
      const { data } = await client.mutate({
        mutation: INVITE_USER_MUTATION,
        variables: {
          input: { email: email.trim(), role, name: name.trim() || null, organizationId: organizationId || null },
        },
      });
      const payload = data!.inviteUser;
      if (payload.user && payload.passwordLink) {
        setEmail('');
        setName('');
        setRole('');
        setOrganizationId('');
        onInvited(payload.user, payload.passwordLink);
      } else {
        reject(problemsByField(payload.problems, text));
      }
    });
  }

  return (
    <form className="admin-account-form" onSubmit={(e) => void submit(e)} noValidate>
      <Feedback message={feedback} />
      <TextField
        label={text.email}
        type="email"
        autoComplete="off"
        required
        value={email}
        onChange={setEmail}
        problem={problems.email ?? null}
        maxLength={254}
      />
      <TextField
        label={text.nameOptional}
        autoComplete="off"
        value={name}
        onChange={setName}
        problem={problems.name ?? null}
        maxLength={200}
      />
      <SelectField
        label={text.role}
        hint={text.rolesHint}
        required
        value={role}
        onChange={(value) => setRole(value as Role | '')}
        problem={problems.role ?? null}
        options={[{ value: '', label: text.chooseRole }, ...ROLES.map((r) => ({ value: r, label: text.roles[r] }))]}
      />
      <SelectField
        label={text.organization}
        hint={organizations.length > 0 ? text.organizationHint : `${text.organizationHint} ${text.noOrganizations}`}
        value={organizationId}
        onChange={setOrganizationId}
        problem={problems.organizationId ?? null}
        options={organizationOptions(organizations, text)}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? text.inviting : text.inviteSubmit}
      </button>
    </form>
  );
}
