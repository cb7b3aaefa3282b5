import type { Context } from '../../../shared/context';
import { AppError, ErrorCode } from '../../../shared/errors';
import type { ApiKeyView } from '../api-key.service';
import type { CreateApiKeyInput } from '../api-key-input';

/** Key management needs a key with the ADMIN scope (staff sessions will be accepted once auth exists). */
function requireAdmin(ctx: Context): void {
  if (!ctx.partner)
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      'Managing API keys needs an API key with the ADMIN scope (X-Api-Key header).',
    );
  if (!ctx.partner.scopes.includes('ADMIN'))
    throw new AppError(ErrorCode.FORBIDDEN, 'This API key does not have the ADMIN scope.');
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const partnersResolvers = {
  Query: {
    currentApiKey: (_: unknown, __: unknown, ctx: Context) =>
      ctx.partner ? ctx.apiKeys.find(ctx.partner.keyId) : null,
    apiKeys: (_: unknown, args: { includeRevoked?: boolean | null }, ctx: Context) => {
      requireAdmin(ctx);
      return ctx.apiKeys.list({ includeRevoked: args.includeRevoked ?? false });
    },
  },
  Mutation: {
    createApiKey: async (_: unknown, args: { input: CreateApiKeyInput }, ctx: Context) => {
      requireAdmin(ctx);
      const result = await ctx.apiKeys.create({
        ...args.input,
        ratePerMinute: args.input.ratePerMinute ?? undefined,
        createdBy: `apikey:${ctx.partner!.keyId}`,
      });
      return result.ok
        ? { apiKey: result.apiKey, secret: result.secret, problems: [] }
        : { apiKey: null, secret: null, problems: result.problems };
    },
    revokeApiKey: (_: unknown, args: { id: string }, ctx: Context) => {
      requireAdmin(ctx);
      return ctx.apiKeys.revoke(args.id);
    },
  },
  ApiKey: {
    createdAt: (key: ApiKeyView) => key.createdAt.toISOString(),
    revokedAt: (key: ApiKeyView) => iso(key.revokedAt),
    lastUsedAt: (key: ApiKeyView) => iso(key.lastUsedAt),
    usage: (key: ApiKeyView, args: { months?: number | null }, ctx: Context) =>
      ctx.apiKeys.usage(key.id, args.months ?? 3),
  },
};
