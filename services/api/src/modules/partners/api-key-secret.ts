import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// 32 random bytes (256 bits) behind a visible prefix, so secret scanners and people recognise the key.
const PREFIX = 'rmp_live_';
const KEY_FORMAT = /^rmp_live_[A-Za-z0-9_-]{43}$/;
/** How much of the key is stored and shown in clear to recognise it. */
const VISIBLE_LENGTH = PREFIX.length + 6;

export interface NewSecret {
  secret: string;
  prefix: string;
  hash: string;
}

/** A fresh API key: the secret (shown once), its visible prefix and its SHA-256 (stored). */
export function generateSecret(): NewSecret {
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, VISIBLE_LENGTH), hash: hashSecret(secret) };
}

/** SHA-256 in hex. A fast hash is right here: the key is high-entropy random, not a password. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export const looksLikeSecret = (value: string) => KEY_FORMAT.test(value);

/** Compares two hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
