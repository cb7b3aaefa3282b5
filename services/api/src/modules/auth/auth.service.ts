import { z } from 'zod';
import { AppError, ErrorCode } from '../../shared/errors';
import { LoginThrottle } from './login-throttle';
import { PasswordTokenModel } from './session.model';
import { hashPassword, hashToken, passwordSchema, verifyPassword } from './secrets';
import type { Sessions } from './sessions';
import { UserModel } from './user.model';
import { requireStaff, type Viewer } from './viewer';

export interface FieldProblem {
  field: string;
  message: string;
}

export type PasswordResult = { ok: true } | { ok: false; problems: FieldProblem[] };

const emailSchema = z.string().trim().toLowerCase().email().max(254);
const badCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password.');

/** Sign-in, sign-out and passwords of staff accounts. */
export class AuthService {
  readonly throttle = new LoginThrottle();

  constructor(private readonly sessions: Sessions) {}

  /** Checks the credentials and opens a session; UNAUTHENTICATED or RATE_LIMITED otherwise. */
  async login(input: { email: string; password: string; address: string; userAgent: string | null }, now = new Date()) {
    const email = emailSchema.safeParse(input.email);
    if (!email.success || typeof input.password !== 'string' || input.password.length > 200) throw badCredentials();
    const user = await UserModel.findOne({ email: email.data }).lean();
    await this.throttle.check(input.address, user, now);
    const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!ok || !user || user.disabled) {
      await this.throttle.failed(input.address, user?._id ?? null, now);
      throw badCredentials();
    }
    await this.throttle.succeeded(user._id, now);
    const session = await this.sessions.create(user._id, now, input.userAgent);
    return { ...session, userId: user._id.toString() };
  }

  async logout(viewer: Viewer): Promise<void> {
    if (viewer.kind === 'user') await this.sessions.revoke(viewer.sessionId);
  }

  /** Changes the viewer's own password; other sessions of the account are closed. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<PasswordResult> {
    const staff = requireStaff(viewer);
    if (staff.kind !== 'user') throw new AppError(ErrorCode.FORBIDDEN, 'The admin token has no password to change.');
    const user = await UserModel.findOne({ _id: staff.userId }).lean();
    if (!user || !(await verifyPassword(user.passwordHash ?? null, currentPassword))) {
      return { ok: false, problems: [{ field: 'currentPassword', message: 'The current password is wrong.' }] };
    }
    const problems = passwordProblems(newPassword, user.email, 'newPassword');
    if (problems.length > 0) return { ok: false, problems };
    await UserModel.updateOne(
      { _id: user._id },
      { $set: { passwordHash: await hashPassword(newPassword), passwordChangedAt: new Date() } },
    );
    await this.sessions.revokeAll(user._id, staff.sessionId);
    return { ok: true };
  }

  /** Sets a password through a one-time link and signs the user in; the link cannot be used again. */
  async setPasswordWithToken(token: string, password: string, now = new Date()) {
    const tokenHash = hashToken(String(token));
    const pending = await PasswordTokenModel.findOne({ tokenHash, usedAt: null }).lean();
    const user = pending && pending.expiresAt > now ? await UserModel.findOne({ _id: pending.userId }).lean() : null;
    if (!pending || !user || user.disabled) {
      return {
        ok: false as const,
        problems: [
          { field: 'token', message: 'This link has expired or was already used. Ask an administrator for a new one.' },
        ],
      };
    }
    const problems = passwordProblems(password, user.email, 'password');
    if (problems.length > 0) return { ok: false as const, problems };
    // Claim the token first: of two concurrent uses, only one succeeds.
    const claimed = await PasswordTokenModel.updateOne({ _id: pending._id, usedAt: null }, { $set: { usedAt: now } });
    if (claimed.modifiedCount !== 1)
      return { ok: false as const, problems: [{ field: 'token', message: 'This link was already used.' }] };
    await UserModel.updateOne(
      { _id: user._id },
      {
        $set: {
          passwordHash: await hashPassword(password),
          passwordChangedAt: now,
          failedLogins: 0,
          lockedUntil: null,
          // The link signs the person in: that is their latest sign-in, as for a password one.
          lastLoginAt: now,
        },
      },
    );
    await this.sessions.revokeAll(user._id);
    const session = await this.sessions.create(user._id, now);
    return { ok: true as const, ...session, userId: user._id.toString() };
  }
}

export function passwordProblems(password: string, email: string, field: string): FieldProblem[] {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues.map((issue) => ({ field, message: issue.message }));
  if (password.trim().toLowerCase() === email.toLowerCase())
    return [{ field, message: 'The password may not be your email address.' }];
  return [];
}
