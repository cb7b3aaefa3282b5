import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../../shared/errors';
import { UserModel } from './user.model';

/** Failures in a row before an account is locked, then locked for BASE × 2^(extra failures), capped. */
const FREE_FAILURES = 5;
const LOCK_BASE_MS = 30_000;
const LOCK_MAX_MS = 15 * 60_000;
/** Failed sign-ins per client address per 15 minutes, whatever the accounts tried. */
const IP_FAILURES = 30;

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins. Try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });

/**
 * Back-off after repeated failures: per account (stored on the user, so every instance agrees) and per
 * client address (in memory, per instance) against password spraying across accounts.
 */
export class LoginThrottle {
  private readonly perAddress = new RateLimiterMemory({ points: IP_FAILURES, duration: 15 * 60, keyPrefix: 'login' });

  /** Refuses at once while the address or the account is locked (before checking the password). */
  async check(address: string, user: { lockedUntil?: Date | null } | null, now: Date): Promise<void> {
    const res = await this.perAddress.get(address);
    if (res && res.consumedPoints >= IP_FAILURES) throw tooManyAttempts(Math.ceil(res.msBeforeNext / 1000));
    if (user?.lockedUntil && user.lockedUntil > now) {
      throw tooManyAttempts(Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000));
    }
  }

  async failed(address: string, userId: unknown | null, now: Date): Promise<void> {
    await this.perAddress.consume(address).catch((rejection: unknown) => {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    });
    if (!userId) return;
    const user = await UserModel.findOneAndUpdate(
      { _id: userId },
      { $inc: { failedLogins: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (user && user.failedLogins >= FREE_FAILURES) {
      const lockMs = Math.min(LOCK_MAX_MS, LOCK_BASE_MS * 2 ** (user.failedLogins - FREE_FAILURES));
      await UserModel.updateOne({ _id: userId }, { $set: { lockedUntil: new Date(now.getTime() + lockMs) } });
    }
  }

  async succeeded(userId: unknown, now: Date): Promise<void> {
    await UserModel.updateOne({ _id: userId }, { $set: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
  }
}
