import type { Context } from '../../../shared/context';
import { AppError, ErrorCode, ErrorReason, refusal } from '../../../shared/errors';

/**
 * Who may manage an API key's webhooks: back-office admins (staff session or admin token), a key with
 * the ADMIN scope, or the key itself. Returns who acted.
 */
export function requireKeyAccess(ctx: Context, apiKeyId: string): string {
  const viewer = ctx.viewer;
  if (viewer && viewer.kind !== 'anonymous' && viewer.role === 'ADMIN')
    return viewer.kind === 'user' ? `user:${viewer.userId}` : 'admin-token';
  if (ctx.partner && (ctx.partner.keyId === apiKeyId || ctx.partner.scopes.includes('ADMIN')))
    return `apikey:${ctx.partner.keyId}`;
  if (!ctx.partner && (!viewer || viewer.kind === 'anonymous'))
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      "Webhooks are managed with the partner's API key (X-Api-Key) or by a back-office admin.",
    );
  throw refusal(ErrorReason.ROLE_NOT_ALLOWED, "Only an administrator or the key itself manages a key's webhooks.");
}
