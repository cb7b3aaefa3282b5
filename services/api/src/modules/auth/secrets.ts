import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

/** A random URL-safe token (256 bits) and the SHA-256 that is stored instead of it. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Constant-time comparison of two secrets of any length. */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

// OWASP's argon2id baseline (19 MiB, 2 passes): slow for an attacker, ~30 ms for us.
// algorithm 2 is Algorithm.Argon2id (a const enum, which isolatedModules cannot import).
const ARGON2 = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Unknown user or no password yet: still spend the same time, so timing does not reveal accounts.
  const target = passwordHash ?? (await dummyHash());
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomBytes(16).toString('hex')));

/** Password rules: long rather than complex (ANSSI / NIST 800-63B). */
export const passwordSchema = z
  .string()
  .min(12, 'The password needs at least 12 characters.')
  .max(200, 'The password may have at most 200 characters.');
