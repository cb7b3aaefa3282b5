import type { Types } from 'mongoose';
import type { AuthConfig } from '../../config';
import { SessionModel } from './session.model';
import { newToken } from './secrets';
import { UserModel } from './user.model';
import type { Role, Viewer } from '../../shared/viewer';

/** The `sessions` collection: create on sign-in, resolve per request, revoke on sign-out. */
export class Sessions {
  constructor(private readonly config: AuthConfig) {}

  async create(
    userId: Types.ObjectId | string,
    now: Date,
    userAgent: string | null = null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(now.getTime() + this.config.sessionHours * 3_600_000);
    await SessionModel.create({ tokenHash, userId, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
    await SessionModel.deleteMany({ expiresAt: { $lt: now } });
    return { token, expiresAt };
  }

  /** The user behind a session token hash, if the session is live and the account usable. */
  async viewer(tokenHash: string, now: Date): Promise<Viewer | null> {
    const session = await SessionModel.findOne({ tokenHash }).lean();
    if (!session || session.expiresAt <= now) return null;
    const user = await UserModel.findOne({ _id: session.userId }).lean();
    if (!user || user.disabled || !user.passwordHash) return null;
    // Opened before the password last changed (say, by a sign-in racing the change): no longer valid.
    if (user.passwordChangedAt && session.createdAt < user.passwordChangedAt) return null;
    return {
      kind: 'user',
      userId: user._id.toString(),
      email: user.email,
      role: user.role as Role,
      organizationId: user.organizationId?.toString() ?? null,
      sessionId: session._id.toString(),
    };
  }

  revoke(sessionId: string) {
    return SessionModel.deleteOne({ _id: sessionId });
  }

  /** Signs a user out everywhere (password change, disabled account), except `keep` if given. */
  revokeAll(userId: Types.ObjectId | string, keep?: string) {
    return SessionModel.deleteMany(keep ? { userId, _id: { $ne: keep } } : { userId });
  }
}
