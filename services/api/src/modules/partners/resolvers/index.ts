import type { Context } from '../../../shared/context';
import type { ApiKeyUsageArgs, MutationRevokeApiKeyArgs, QueryApiKeysArgs } from '../../../generated/graphql';
import { AppError, ErrorCode, ErrorReason, refusal } from '../../../shared/errors';
import type { ApiKeyView } from '../api-key.service';
import { MAX_RATE_PER_MINUTE, type CreateApiKeyInput } from '../api-key-input';

/** Key management: back-office admins (staff session or admin token) or a key with the ADMIN scope. Returns who acted. */
function requireAdmin(ctx: Context): string {
  const viewer = ctx.viewer;
  if (viewer && viewer.kind !== 'anonymous' && viewer.role === 'ADMIN') {
    return viewer.kind === 'user' ? `user:${viewer.userId}` : 'admin-token';
  }
  if (ctx.partner?.scopes.includes('ADMIN')) return `apikey:${ctx.partner.keyId}`;
  if (!ctx.partner && (!viewer || viewer.kind === 'anonymous')) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      'Managing API keys needs a back-office admin session or an API key with the ADMIN scope.',
    );
  }
  throw refusal(ErrorReason.ROLE_NOT_ALLOWED, 'Managing API keys is reserved to administrators.');
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const partnersResolvers = {
  Query: {
    currentApiKey: (_: unknown, __: unknown, ctx: Context) =>
      ctx.partner ? ctx.apiKeys.find(ctx.partner.keyId) : null,
    apiKeys: (_: unknown, args: QueryApiKeysArgs, ctx: Context) => {
      requireAdmin(ctx);
      return ctx.apiKeys.list({ includeRevoked: args.includeRevoked ?? false });
    },
    apiKeyLimits: (_: unknown, __: unknown, ctx: Context) => {
      requireAdmin(ctx);
      return { defaultRatePerMinute: ctx.apiKeys.defaultRatePerMinute, maxRatePerMinute: MAX_RATE_PER_MINUTE };
    },
  },
  Mutation: {
    createApiKey: async (_: unknown, args: { input: CreateApiKeyInput }, ctx: Context) => {
      const createdBy = requireAdmin(ctx);
      const result = await ctx.apiKeys.create({
        ...args.input,
        ratePerMinute: args.input.ratePerMinute ?? undefined,
        createdBy,
      });
      return result.ok
        ? { apiKey: result.apiKey, secret: result.secret, problems: [] }
        : { apiKey: null, secret: null, problems: result.problems };
    },
    revokeApiKey: (_: unknown, args: MutationRevokeApiKeyArgs, ctx: Context) => {
      requireAdmin(ctx);
      return ctx.apiKeys.revoke(args.id);
    },
  },
  ApiKey: {
    createdAt: (key: ApiKeyView) => key.createdAt.toISOString(),
    revokedAt: (key: ApiKeyView) => iso(key.revokedAt),
    lastUsedAt: (key: ApiKeyView) => iso(key.lastUsedAt),
    usage: (key: ApiKeyView, args: ApiKeyUsageArgs, ctx: Context) => ctx.apiKeys.usage(key.id, args.months ?? 3),
  },
};
