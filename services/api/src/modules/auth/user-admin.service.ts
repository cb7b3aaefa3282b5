import { isValidObjectId } from 'mongoose';
import { z } from 'zod';
import type { AuthConfig } from '../../config';
import { AppError, ErrorCode, notFound } from '../../shared/errors';
import { OrganizationModel } from '../organizations';
import type { FieldProblem } from './auth.service';
import type { Mailer } from './mailer';
import { PasswordTokenModel } from './session.model';
import { newToken } from './secrets';
import type { Sessions } from './sessions';
import { UserModel } from './user.model';
import { ROLES, type Role } from '../../shared/viewer';

/** Roles whose permissions are scoped to an organisation, which they therefore need. */
const ORGANIZATION_ROLES: readonly Role[] = ['EDITOR', 'STRUCTURE', 'COLLECTIVITY'];

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().email('Not an email address.').max(254),
  role: z.enum(ROLES),
  name: z.string().trim().max(200).nullish(),
  organizationId: z.string().refine(isValidObjectId, 'Not an organisation id.').nullish(),
});

export type InviteInput = z.input<typeof inviteSchema>;

export interface UserView {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  organizationId: string | null;
  disabled: boolean;
  hasPassword: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface PasswordLink {
  url: string;
  expiresAt: Date;
  emailed: boolean;
}

type StoredUser = {
  _id: { toString(): string };
  email: string;
  name?: string | null;
  role: string;
  organizationId?: { toString(): string } | null;
  disabled: boolean;
  passwordHash?: string | null;
  lastLoginAt?: Date | null;
  createdAt: Date;
};

export const toUserView = (user: StoredUser): UserView => ({
  id: user._id.toString(),
  email: user.email,
  name: user.name ?? null,
  role: user.role as Role,
  organizationId: user.organizationId?.toString() ?? null,
  disabled: user.disabled,
  hasPassword: Boolean(user.passwordHash),
  lastLoginAt: user.lastLoginAt ?? null,
  createdAt: user.createdAt,
});

/** Account administration: create (invite), list, change role or organisation, disable, password links. */
export class UserAdmin {
  constructor(
    private readonly config: AuthConfig,
    private readonly sessions: Sessions,
    private readonly mailer: Mailer | null,
  ) {}

  async invite(
    input: InviteInput,
  ): Promise<{ ok: true; user: UserView; link: PasswordLink } | { ok: false; problems: FieldProblem[] }> {
    const parsed = inviteSchema.safeParse(input);
    if (!parsed.success)
      return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) };
    const { email, role, name, organizationId } = parsed.data;
    const problems = await organizationProblems(role, organizationId ?? null);
    if (await UserModel.exists({ email }))
      problems.push({ field: 'email', message: 'An account with this email already exists.' });
    if (problems.length > 0) return { ok: false, problems };
    const user = await UserModel.create({ email, role, name: name ?? null, organizationId: organizationId ?? null });
    const link = await this.passwordLink(user._id.toString(), true);
    return { ok: true, user: toUserView(user.toObject()), link };
  }

  /** A new one-time link for an account (forgotten password, expired invitation); older links stop working. */
  async passwordLink(userId: string, invited = false, now = new Date()): Promise<PasswordLink> {
    const user = isValidObjectId(userId) ? await UserModel.findOne({ _id: userId }).lean() : null;
    if (!user) throw notFound('No such account.');
    await PasswordTokenModel.updateMany({ userId: user._id, usedAt: null }, { $set: { usedAt: now } });
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(now.getTime() + this.config.passwordLinkHours * 3_600_000);
    await PasswordTokenModel.create({ tokenHash, userId: user._id, expiresAt });
    // The token in the fragment: a browser never sends it, so it is in no server's or proxy's access log.
    const url = `${this.config.publicUrl}/admin/mot-de-passe#token=${token}`;
    if (this.mailer) await this.mailer.sendPasswordLink(user.email, url, expiresAt, invited);
    return { url, expiresAt, emailed: this.mailer !== null };
  }

  async list(): Promise<UserView[]> {
    const users = await UserModel.find({}).sort({ email: 1 }).lean();
    return users.map(toUserView);
  }

  async update(
    id: string,
    patch: { role?: Role | null; organizationId?: string | null; disabled?: boolean | null },
  ): Promise<{ ok: true; user: UserView } | { ok: false; problems: FieldProblem[] }> {
    const user = isValidObjectId(id) ? await UserModel.findOne({ _id: id }).lean() : null;
    if (!user) throw notFound('No such account.');
    const role = patch.role ?? (user.role as Role);
    if (!ROLES.includes(role)) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Unknown role.', { field: 'role' });
    const organizationId =
      patch.organizationId === undefined ? (user.organizationId?.toString() ?? null) : patch.organizationId;
    if (organizationId !== null && !isValidObjectId(organizationId))
      return { ok: false, problems: [{ field: 'organizationId', message: 'Not an organisation id.' }] };
    const problems = await organizationProblems(role, organizationId);
    if (problems.length > 0) return { ok: false, problems };
    const disabled = patch.disabled ?? user.disabled;
    const updated = await UserModel.findOneAndUpdate(
      { _id: user._id },
      { $set: { role, organizationId, disabled } },
      { returnDocument: 'after' },
    ).lean();
    // A changed role or a disabled account takes effect at once: its sessions are closed.
    if (disabled || role !== user.role || organizationId !== (user.organizationId?.toString() ?? null))
      await this.sessions.revokeAll(user._id);
    return { ok: true, user: toUserView(updated!) };
  }
}

async function organizationProblems(role: Role, organizationId: string | null): Promise<FieldProblem[]> {
  if (organizationId === null) {
    return ORGANIZATION_ROLES.includes(role)
      ? [{ field: 'organizationId', message: `The ${role} role needs an organisation.` }]
      : [];
  }
  return (await OrganizationModel.exists({ _id: organizationId }))
    ? []
    : [{ field: 'organizationId', message: 'No such organisation.' }];
}
