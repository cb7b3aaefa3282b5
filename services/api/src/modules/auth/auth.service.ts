import { z } from 'zod';
import { AppError, ErrorCode } from '../../shared/errors';
import { LoginDevices } from './login-devices';
import { LoginThrottle } from './login-throttle';
import { PasswordTokenModel } from './session.model';
import { hashPassword, hashToken, passwordSchema, verifyPassword } from './secrets';
import type { Sessions } from './sessions';
import { UserModel } from './user.model';
import { forbidden, requireStaff, type Viewer } from '../../shared/viewer';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A new session (and trusted-browser token) to put in the response's cookies. */
export interface SignedIn {
  token: string;
  expiresAt: Date;
  userId: string;
  device: { token: string; expiresAt: Date };
}

export type PasswordResult =
  { ok: true; session: { token: string; expiresAt: Date } } | { ok: false; problems: FieldProblem[] };

const emailSchema = z.string().trim().toLowerCase().email().max(254);
const badCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password.');

/** Sign-in, sign-out and passwords of staff accounts. */
export class AuthService {
  readonly throttle = new LoginThrottle();
  readonly devices = new LoginDevices();

  constructor(private readonly sessions: Sessions) {}

  /**
   * Checks the credentials and opens a session; UNAUTHENTICATED or RATE_LIMITED otherwise. An unknown
   * email goes through the same steps (throttle keyed by the email typed, a dummy hash verified), so the
   * answers, locks included, are the same as for an account. `device` is the device cookie's token.
   */
  async login(
    input: { email: string; password: string; address: string; device?: string | null; userAgent: string | null },
    now = new Date(),
  ): Promise<SignedIn> {
    const email = emailSchema.safeParse(input.email);
    if (!email.success || typeof input.password !== 'string' || input.password.length > 200) throw badCredentials();
    const user = await UserModel.findOne({ email: email.data }).lean();
    const device = await this.devices.trusted(input.device ?? null, user?._id ?? null, now);
    const client = { email: email.data, address: input.address, device };
    const account = await this.throttle.serialize(client, async () => {
      await this.throttle.check(client, now);
      const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
      if (!ok || !user || user.disabled) {
        await this.throttle.failed(client, now);
        throw badCredentials();
      }
      await this.throttle.succeeded(client);
      return user;
    });
    await UserModel.updateOne({ _id: account._id }, { $set: { lastLoginAt: now } });
    const session = await this.sessions.create(account._id, now, input.userAgent);
    const trusted = await this.devices.remember(input.device ?? null, account._id, now);
    return { ...session, userId: account._id.toString(), device: trusted };
  }

  async logout(viewer: Viewer): Promise<void> {
    if (viewer.kind === 'user') await this.sessions.revoke(viewer.sessionId);
  }

  /**
   * Changes the viewer's own password. Every outstanding password link stops working and every session
   * closes; this browser gets a new session (returned) so it stays signed in. Wrong current passwords
   * count like failed sign-ins from this client (a stolen session cannot guess the password freely).
   */
  async changePassword(
    viewer: Viewer,
    input: { currentPassword: string; newPassword: string; address: string; device?: string | null },
    now = new Date(),
  ): Promise<PasswordResult> {
    const { currentPassword, newPassword } = input;
    const staff = requireStaff(viewer);
    if (staff.kind !== 'user') throw forbidden('NOT_AN_ACCOUNT', 'The admin token has no password to change.');
    const user = await UserModel.findOne({ _id: staff.userId }).lean();
    if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to the back-office first.');
    const device = await this.devices.trusted(input.device ?? null, user._id, now);
    const client = { email: user.email, address: input.address, device };
    const rightPassword = await this.throttle.serialize(client, async () => {
      await this.throttle.check(client, now);
      const ok = await verifyPassword(user.passwordHash ?? null, String(currentPassword));
      await (ok ? this.throttle.succeeded(client) : this.throttle.failed(client, now));
      return ok;
    });
    if (!rightPassword)
      return { ok: false, problems: [{ field: 'currentPassword', message: 'The current password is wrong.' }] };
    const problems = passwordProblems(newPassword, user.email, 'newPassword');
    if (problems.length > 0) return { ok: false, problems };
    await UserModel.updateOne(
      { _id: user._id },
      { $set: { passwordHash: await hashPassword(newPassword), passwordChangedAt: now } },
    );
    await PasswordTokenModel.updateMany({ userId: user._id, usedAt: null }, { $set: { usedAt: now } });
    await this.sessions.revokeAll(user._id);
    return { ok: true, session: await this.sessions.create(user._id, now) };
  }

  /**
   * Sets a password through a one-time link and signs the user in; the link cannot be used again, and
   * neither can any other link issued before (nor one issued before the last password change).
   */
  async setPasswordWithToken(token: string, password: string, device: string | null = null, now = new Date()) {
    const tokenHash = hashToken(String(token));
    const pending = await PasswordTokenModel.findOne({ tokenHash, usedAt: null }).lean();
    const user = pending && pending.expiresAt > now ? await UserModel.findOne({ _id: pending.userId }).lean() : null;
    const stale = pending && user?.passwordChangedAt && pending.createdAt < user.passwordChangedAt;
    if (!pending || !user || user.disabled || stale) {
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
          // The link signs the person in: that is their latest sign-in, as for a password one.
          lastLoginAt: now,
        },
      },
    );
    await PasswordTokenModel.updateMany({ userId: user._id, usedAt: null }, { $set: { usedAt: now } });
    await this.sessions.revokeAll(user._id);
    await this.throttle.forgetAccount(user.email);
    const session = await this.sessions.create(user._id, now);
    const trusted = await this.devices.remember(device, user._id, now);
    return { ok: true as const, ...session, userId: user._id.toString(), device: trusted };
  }
}

export function passwordProblems(password: string, email: string, field: string): FieldProblem[] {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues.map((issue) => ({ field, message: issue.message }));
  if (password.trim().toLowerCase() === email.toLowerCase())
    return [{ field, message: 'The password may not be your email address.' }];
  return [];
}
