import { Types } from 'mongoose';
import { ApiKeyModel } from '../partners';
import { badInput, notFound } from '../../shared/errors';
import type { UrlPolicy } from '../federation';
import { lastChangeSeq } from '../changes';
import { newWebhookSecret } from './signature';
import { parseWebhookInput, type WebhookInput } from './webhook-input';
import { WebhookDeliveryModel, WebhookModel, type WebhookDeliveryRecord, type WebhookRecord } from './webhook.model';

const MAX_WEBHOOKS_PER_KEY = 10;
const MAX_DELIVERIES_SHOWN = 200;

const objectId = (id: string, what: string) => {
  if (!Types.ObjectId.isValid(id)) throw notFound(`No ${what} has this id.`);
  return new Types.ObjectId(id);
};

/** Registration and reading of partners' webhooks; delivery is the worker's (webhook-worker.ts). */
export class Webhooks {
  constructor(private readonly policy: UrlPolicy) {}

  /** Registers an endpoint; the secret is in the answer only. Nothing is stored when the input is refused. */
  async create(
    apiKeyId: string,
    input: WebhookInput,
    createdBy: string,
  ): Promise<{ webhook: WebhookRecord; secret: string }> {
    const key = await ApiKeyModel.findOne({ _id: objectId(apiKeyId, 'API key'), revokedAt: null }).lean();
    if (!key) throw notFound('No active API key has this id.');
    const parsed = parseWebhookInput(input, key.territory, this.policy);
    if ((await WebhookModel.countDocuments({ apiKeyId: key._id })) >= MAX_WEBHOOKS_PER_KEY)
      throw badInput(`An API key has at most ${MAX_WEBHOOKS_PER_KEY} webhooks; delete one first.`, 'apiKeyId');

    const secret = newWebhookSecret();
    const created = await WebhookModel.create({
      ...parsed,
      apiKeyId: key._id,
      secret,
      cursor: await lastChangeSeq(), // changes from now on
      createdBy,
    });
    return { webhook: created.toObject() as WebhookRecord, secret };
  }

  list(apiKeyId: string): Promise<WebhookRecord[]> {
    return WebhookModel.find({ apiKeyId: objectId(apiKeyId, 'API key') })
      .sort({ createdAt: 1 })
      .lean() as Promise<WebhookRecord[]>;
  }

  async find(id: string): Promise<WebhookRecord> {
    const webhook = (await WebhookModel.findById(objectId(id, 'webhook')).lean()) as WebhookRecord | null;
    if (!webhook) throw notFound('No webhook has this id.');
    return webhook;
  }

  /** Newest first: what the back-office's delivery log shows. */
  deliveries(webhookId: Types.ObjectId, first: number): Promise<WebhookDeliveryRecord[]> {
    return WebhookDeliveryModel.find({ webhookId })
      .sort({ seq: -1 })
      .limit(Math.min(Math.max(first, 1), MAX_DELIVERIES_SHOWN))
      .lean() as Promise<WebhookDeliveryRecord[]>;
  }

  async remove(id: string): Promise<boolean> {
    const webhook = await this.find(id);
    await WebhookModel.deleteOne({ _id: webhook._id });
    await WebhookDeliveryModel.deleteMany({ webhookId: webhook._id });
    return true;
  }

  /** Re-enables a disabled endpoint: what waited is delivered, in order, then what changed meanwhile. */
  async enable(id: string): Promise<WebhookRecord> {
    const webhook = await this.find(id);
    await WebhookModel.updateOne(
      { _id: webhook._id },
      { $set: { status: 'ACTIVE', disabledAt: null, disabledReason: null } },
    );
    await WebhookDeliveryModel.updateMany(
      { webhookId: webhook._id, status: { $in: ['PENDING', 'FAILED'] } },
      { $set: { status: 'PENDING', nextAttemptAt: new Date(), createdAt: new Date() } },
    );
    return this.find(id);
  }
}
