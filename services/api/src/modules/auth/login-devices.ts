import { Types } from 'mongoose';
import { LoginDeviceModel } from './login-throttle.model';
import { hashToken, newToken } from './secrets';

/** How long a browser stays trusted for an account after its last successful sign-in there. */
export const DEVICE_DAYS = 365;
const TOKEN = /^[\w-]{43}$/;
// Unknown accounts are looked up too, so a device cookie takes the same path for every email.
const NO_ACCOUNT = new Types.ObjectId('000000000000000000000000');

/**
 * Browsers where an account signed in (OWASP "device cookies"): the cookie holds a random token, the
 * database its hash per account. Only a token this server issued is ever trusted or kept.
 */
export class LoginDevices {
  /** The trusted-device id of this browser for the account, or null. */
  async trusted(token: string | null, userId: Types.ObjectId | null, now: Date): Promise<string | null> {
    if (!token || !TOKEN.test(token)) return null;
    const device = await LoginDeviceModel.findOne({
      tokenHash: hashToken(token),
      userId: userId ?? NO_ACCOUNT,
      expiresAt: { $gt: now },
    }).lean();
    return device ? device._id.toString() : null;
  }

  /** Trusts this browser for the account after a successful sign-in; the token to keep in its cookie. */
  async remember(token: string | null, userId: Types.ObjectId, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const known =
      token !== null && TOKEN.test(token) && (await LoginDeviceModel.exists({ tokenHash: hashToken(token) }));
    const value = known ? token : newToken().token;
    const expiresAt = new Date(now.getTime() + DEVICE_DAYS * 24 * 3_600_000);
    await LoginDeviceModel.updateOne(
      { tokenHash: hashToken(value), userId },
      { $set: { expiresAt } },
      { upsert: true },
    );
    await LoginDeviceModel.deleteMany({ expiresAt: { $lt: now } });
    return { token: value, expiresAt };
  }
}
