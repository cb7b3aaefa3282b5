import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '../../shared/errors';
import { LoginCounterModel } from './login-throttle.model';

/** When failures lock a client out: `free` in a row, then `baseMs` doubling per failure up to `maxMs`. */
export interface LockRule {
  free: number;
  baseMs: number;
  maxMs: number;
  /** A counter whose last failure is older than this starts again from zero. */
  forgetMs: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** One client (address, or trusted browser) of one account: 5 free failures, then 30 s doubling to 15 min. */
export const CLIENT_RULE: LockRule = { free: 5, baseMs: 30_000, maxMs: 15 * MINUTE, forgetMs: DAY };
/** One address across accounts (password spraying): 30 failures, then 15 minutes after each further one. */
export const ADDRESS_RULE: LockRule = { free: 30, baseMs: 15 * MINUTE, maxMs: 15 * MINUTE, forgetMs: 15 * MINUTE };

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins. Try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });

/** Who is signing in: the email typed (an account or not) and the client. */
export interface LoginClient {
  email: string;
  address: string;
  /** This browser's trusted-device id for the account (device cookie of an earlier sign-in), or null. */
  device: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const accountKey = (email: string) => sha256(`account:${email}`);

function keysOf(client: LoginClient) {
  const account = accountKey(client.email);
  const from = client.device ? `device:${client.device}` : `address:${client.address}`;
  // A trusted browser is not held back by its address: others' failures there are not its own.
  return {
    account,
    pair: sha256(`${account}|${from}`),
    address: client.device ? null : sha256(`address:${client.address}`),
  };
}

/**
 * Back-off after failed sign-ins, in the database so every instance agrees. Failures are counted per
 * (email, client) — the client being the address, or the trusted browser — and per address across
 * emails. Keyed by the email typed, whether or not it is an account, so a lock says nothing about which
 * accounts exist; and failures from one place never lock the account out of another.
 */
export class LoginThrottle {
  private readonly queues = new Map<string, Promise<unknown>>();

  /**
   * Runs one sign-in attempt (check, password, count) after the client's previous one on this instance
   * ends: a burst of parallel guesses cannot all pass the check before the first failures are counted.
   */
  async serialize<T>(client: LoginClient, attempt: () => Promise<T>): Promise<T> {
    const { pair } = keysOf(client);
    const previous = this.queues.get(pair) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(attempt);
    this.queues.set(pair, current);
    try {
      return await current;
    } finally {
      if (this.queues.get(pair) === current) this.queues.delete(pair);
    }
  }

  /** RATE_LIMITED (retryAfterSeconds) while this client is locked out; checked before the password. */
  async check(client: LoginClient, now: Date): Promise<void> {
    const { pair, address } = keysOf(client);
    const ids = address ? [pair, address] : [pair];
    const locks = await LoginCounterModel.find({ _id: { $in: ids }, lockedUntil: { $gt: now } }).lean();
    const until = Math.max(0, ...locks.map((lock) => lock.lockedUntil!.getTime()));
    if (until > now.getTime()) throw tooManyAttempts(Math.ceil((until - now.getTime()) / 1000));
  }

  async failed(client: LoginClient, now: Date): Promise<void> {
    const { account, pair, address } = keysOf(client);
    await count(pair, account, CLIENT_RULE, now);
    if (address) await count(address, null, ADDRESS_RULE, now);
    await LoginCounterModel.deleteMany({ lastFailureAt: { $lt: new Date(now.getTime() - DAY) } });
  }

  /** A successful sign-in clears this client's failures for the account (not other clients'). */
  async succeeded(client: LoginClient): Promise<void> {
    await LoginCounterModel.deleteOne({ _id: keysOf(client).pair });
  }

  /** A password set through a one-time link: the account's owner is back, every lock on it lifts. */
  async forgetAccount(email: string): Promise<void> {
    await LoginCounterModel.deleteMany({ account: accountKey(email) });
  }
}

async function count(id: string, account: string | null, rule: LockRule, now: Date): Promise<void> {
  const before = await LoginCounterModel.findOneAndUpdate(
    { _id: id },
    { $inc: { failures: 1 }, $set: { lastFailureAt: now }, $setOnInsert: { account } },
    { upsert: true, returnDocument: 'before' },
  ).lean();
  const stale = !before || before.lastFailureAt.getTime() < now.getTime() - rule.forgetMs;
  const failures = stale ? 1 : before.failures + 1;
  const set: { failures?: number; lockedUntil?: Date | null } = {};
  if (stale && before) Object.assign(set, { failures: 1, lockedUntil: null });
  if (failures >= rule.free)
    set.lockedUntil = new Date(now.getTime() + Math.min(rule.maxMs, rule.baseMs * 2 ** (failures - rule.free)));
  if (Object.keys(set).length > 0) await LoginCounterModel.updateOne({ _id: id }, { $set: set });
}
