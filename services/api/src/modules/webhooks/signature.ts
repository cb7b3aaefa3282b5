import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new endpoint secret, Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * The `webhook-signature` header of a message (Standard Webhooks, through its reference library):
 * `v1,` and the base64 HMAC-SHA256, keyed with the secret's bytes, of `id.timestamp.body`.
 */
export const signWebhook = (secret: string, id: string, at: Date, body: string): string =>
  new Webhook(secret).sign(id, at, body);
