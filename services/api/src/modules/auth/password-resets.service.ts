import { z } from 'zod';
import type { Logger } from '../../shared/logger';
import type { RateLimits } from '../../shared/rate-limits';
import type { UserAdmin } from './user-admin.service';
import { PasswordTokenModel } from './session.model';
import { UserModel } from './user.model';

/** Requests per minute from one client address (spraying many addresses) and for one email (mail bombing). */
export const RESETS_PER_CLIENT_PER_MINUTE = 10;
export const RESETS_PER_EMAIL_PER_MINUTE = 2;
/**
 * An account whose unused link was issued less than this ago gets no new mail (that link still works): an
 * inbox receives at most about six reset mails an hour, however many requests name it.
 */
export const RESET_MAIL_COOLDOWN_MS = 10 * 60_000;

const emailSchema = z.string().trim().toLowerCase().email().max(254);

/**
 * Self-service "forgot password" for staff. The answer never tells whether an account exists: only the
 * throttling is awaited, the account lookup and the mail happen after the answer, so known and unknown
 * addresses take the same time.
 */
export class PasswordResets {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly deps: {
      users: UserAdmin;
      limits: RateLimits;
      /** False without SMTP: nobody would receive the link, and a new one would cancel the one an admin gave. */
      mails: boolean;
      logger: Logger;
    },
  ) {}

  /** RATE_LIMITED (retryAfterSeconds) over either budget; otherwise mails a new link when the account exists. */
  async request(email: string, clientAddress: string): Promise<void> {
    await this.throttle(`password-reset-client:${clientAddress}`, RESETS_PER_CLIENT_PER_MINUTE);
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) return;
    await this.throttle(`password-reset-email:${parsed.data}`, RESETS_PER_EMAIL_PER_MINUTE);
    if (!this.deps.mails) return;
    const task: Promise<void> = this.mailLink(parsed.data).finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
  }

  /** Resolves once the links being looked up and mailed are sent (tests wait on it). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private async mailLink(email: string): Promise<void> {
    try {
      const user = await UserModel.findOne({ email }).lean();
      if (!user || user.disabled) return;
      const recent = await PasswordTokenModel.exists({
        userId: user._id,
        usedAt: null,
        createdAt: { $gt: new Date(Date.now() - RESET_MAIL_COOLDOWN_MS) },
      });
      if (recent) return;
      // Same as an admin's "new password link": earlier links of the account stop working.
      await this.deps.users.passwordLink(user._id.toString());
      this.deps.logger.info({ userId: user._id.toString() }, 'password reset link mailed');
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'password reset link not sent');
    }
  }

  private throttle(subject: string, perMinute: number): Promise<void> {
    return this.deps.limits.enforce(
      subject,
      perMinute,
      (seconds) => `Too many password reset requests; retry in ${seconds} s.`,
    );
  }
}
