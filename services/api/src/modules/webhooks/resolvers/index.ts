import type {
  MutationCreateWebhookArgs,
  MutationDeleteWebhookArgs,
  MutationEnableWebhookArgs,
  QueryWebhooksArgs,
  WebhookDeliveriesArgs,
} from '../../../generated/graphql';
import type { Context } from '../../../shared/context';
import { encodeChangeCursor } from '../../changes';
import { messageId } from '../webhook-worker';
import type { WebhookDeliveryRecord, WebhookRecord } from '../webhook.model';
import { requireKeyAccess } from './access';

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

export const webhooksResolvers = {
  Query: {
    webhooks: (_: unknown, args: QueryWebhooksArgs, ctx: Context) => {
      requireKeyAccess(ctx, args.apiKeyId);
      return ctx.webhooks.list(args.apiKeyId);
    },
  },
  Mutation: {
    createWebhook: (_: unknown, { input }: MutationCreateWebhookArgs, ctx: Context) => {
      const createdBy = requireKeyAccess(ctx, input.apiKeyId);
      return ctx.webhooks.create(input.apiKeyId, input, createdBy);
    },
    deleteWebhook: async (_: unknown, args: MutationDeleteWebhookArgs, ctx: Context) => {
      const webhook = await ctx.webhooks.find(args.id);
      requireKeyAccess(ctx, String(webhook.apiKeyId));
      return ctx.webhooks.remove(args.id);
    },
    enableWebhook: async (_: unknown, args: MutationEnableWebhookArgs, ctx: Context) => {
      const webhook = await ctx.webhooks.find(args.id);
      requireKeyAccess(ctx, String(webhook.apiKeyId));
      return ctx.webhooks.enable(args.id);
    },
  },
  Webhook: {
    id: (webhook: WebhookRecord) => String(webhook._id),
    apiKeyId: (webhook: WebhookRecord) => String(webhook.apiKeyId),
    disabledAt: (webhook: WebhookRecord) => iso(webhook.disabledAt),
    createdAt: (webhook: WebhookRecord) => webhook.createdAt.toISOString(),
    deliveries: (webhook: WebhookRecord, args: WebhookDeliveriesArgs, ctx: Context) =>
      ctx.webhooks.deliveries(webhook._id, args.first ?? 50),
  },
  WebhookDelivery: {
    id: (delivery: WebhookDeliveryRecord) => messageId(delivery._id),
    cursor: (delivery: WebhookDeliveryRecord) => encodeChangeCursor(delivery.seq),
    nextAttemptAt: (delivery: WebhookDeliveryRecord) =>
      delivery.status === 'PENDING' ? iso(delivery.nextAttemptAt) : null,
    lastAttemptAt: (delivery: WebhookDeliveryRecord) => iso(delivery.lastAttemptAt),
    deliveredAt: (delivery: WebhookDeliveryRecord) => iso(delivery.deliveredAt),
    createdAt: (delivery: WebhookDeliveryRecord) => delivery.createdAt.toISOString(),
  },
};
