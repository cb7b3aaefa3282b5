import { parseArgs } from 'node:util';
import type { CommandContext } from '../../shared/command';
import { OrganizationModel } from '../organizations';
import { Mailer } from './mailer';
import { Sessions } from './sessions';
import { UserAdmin, type UserView } from './user-admin.service';
import { UserModel } from './user.model';
import { ROLES, type Role } from '../../shared/viewer';

export const USER_USAGE = `usage:
  pnpm reemploi user create --email <email> --role <admin|editor|structure|moderator> [--org <organisation name>] [--name <name>]
  pnpm reemploi user link --email <email>        new one-time password link (forgotten password, expired invitation)
  pnpm reemploi user list
  pnpm reemploi user disable --email <email>     closes the account's sessions; enable with "user enable"
  pnpm reemploi user enable --email <email>
`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function describe(user: UserView, organizations: Map<string, string>): string {
  const org = user.organizationId ? (organizations.get(user.organizationId) ?? user.organizationId) : '-';
  const state = user.disabled ? 'disabled' : user.hasPassword ? 'active' : 'invited';
  return `${user.id}  ${user.email}  ${user.role.toLowerCase()}  org=${org}  ${state}  last login ${user.lastLoginAt?.toISOString() ?? 'never'}`;
}

/** `pnpm reemploi user …`: staff accounts without any mail infrastructure (links printed here). */
export async function runUserCommand(args: string[], ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = args;
  const config = ctx.config.auth;
  const admin = new UserAdmin(config, new Sessions(config), Mailer.fromConfig(config));
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: { email: { type: 'string' }, role: { type: 'string' }, org: { type: 'string' }, name: { type: 'string' } },
  });
  const organizations = new Map(
    (await OrganizationModel.find({}).lean()).map((o) => [o._id.toString(), o.name] as const),
  );
  switch (sub) {
    case 'create': {
      const role = values.role?.toUpperCase() as Role | undefined;
      if (!values.email || !role || !ROLES.includes(role)) break;
      let organizationId: string | null = null;
      if (values.org) {
        const org = await OrganizationModel.findOneAndUpdate(
          { name: values.org.trim() },
          { $setOnInsert: { name: values.org.trim() } },
          { upsert: true, returnDocument: 'after' },
        );
        organizationId = org._id.toString();
        organizations.set(organizationId, org.name);
      }
      const result = await admin.invite({ email: values.email, role, name: values.name ?? null, organizationId });
      if (!result.ok) {
        for (const problem of result.problems) err(`${problem.field}: ${problem.message}`);
        return 2;
      }
      out(describe(result.user, organizations));
      printLink(result.link);
      return 0;
    }
    case 'link': {
      const user = values.email ? await UserModel.findOne({ email: values.email.trim().toLowerCase() }).lean() : null;
      if (!user) return notFound(values.email);
      printLink(await admin.passwordLink(user._id.toString()));
      return 0;
    }
    case 'list': {
      const users = await admin.list();
      if (users.length === 0) out('no accounts yet: pnpm reemploi user create --email … --role admin');
      for (const user of users) out(describe(user, organizations));
      return 0;
    }
    case 'disable':
    case 'enable': {
      const user = values.email ? await UserModel.findOne({ email: values.email.trim().toLowerCase() }).lean() : null;
      if (!user) return notFound(values.email);
      const result = await admin.update(user._id.toString(), { disabled: sub === 'disable' });
      if (result.ok) out(describe(result.user, organizations));
      return result.ok ? 0 : 2;
    }
  }
  err(USER_USAGE);
  return 2;
}

function printLink(link: { url: string; expiresAt: Date; emailed: boolean }) {
  out('');
  out(
    `One-time password link (valid until ${link.expiresAt.toISOString()}${link.emailed ? ', also sent by mail' : ''}):`,
  );
  out(link.url);
}

function notFound(email: string | undefined): number {
  err(email ? `no account with email ${email}` : USER_USAGE);
  return 2;
}
