import { request } from 'undici';
import type { Types } from 'mongoose';
import type { Mailer } from '../auth';
import { guardedAgent, urlRefusal, type UrlPolicy } from '../federation';
import { ApiKeyModel } from '../partners';
import type { Logger } from '../../shared/logger';
import { encodeChangeCursor, inTerritory, readChanges, type StoredChange } from '../changes';
import { signWebhook } from './signature';
import { WebhookDeliveryModel, WebhookModel, type WebhookDeliveryRecord, type WebhookRecord } from './webhook.model';

export interface WebhooksConfig {
  /** How often each instance fans changes out and sends what is due; 0: this instance sends nothing. */
  tickMs: number;
  /** First retry delay; each next one doubles, up to an hour. */
  retryBaseMs: number;
  /** How long a change is retried before the endpoint is disabled (24 h). */
  retryWindowMs: number;
  /** One attempt, connection and answer included. */
  timeoutMs: number;
}

export interface WebhookWorkerDeps {
  config: WebhooksConfig;
  policy: UrlPolicy;
  mailer: Mailer | null;
  logger: Logger;
}

const MAX_DELAY_MS = 3_600_000;
const FAN_OUT_PAGE = 500;
const DUE_PAGE = 200;
const DUPLICATE_KEY = 11000;

/** The delay before attempt `attempts + 1`: base, 2·base, 4·base… at most an hour. */
export const retryDelay = (attempts: number, baseMs: number) =>
  Math.min(baseMs * 2 ** Math.max(attempts - 1, 0), MAX_DELAY_MS);

/** What a receiver gets (Standard Webhooks payload: type, timestamp, data). */
export function deliveryBody(change: StoredChange): string {
  return JSON.stringify({
    type: `place.${change.kind.toLowerCase()}`,
    timestamp: change.at.toISOString(),
    data: {
      cursor: encodeChangeCursor(change.seq),
      kind: change.kind,
      placeId: change.placeId ? String(change.placeId) : null,
      version: change.version,
      commune: change.commune,
      inseeCode: change.inseeCode,
      at: change.at.toISOString(),
    },
  });
}

const matches = (webhook: WebhookRecord, change: StoredChange) =>
  webhook.kinds.includes(change.kind) && inTerritory(change, webhook.territory);

/**
 * Turns the change log into signed deliveries and sends them, on every instance: each delivery exists
 * once (unique per endpoint and change) and is claimed before it is sent, so instances share the work;
 * a claim lost to a crash expires and the delivery is sent again (at least once: receivers de-duplicate
 * by `webhook-id`). Per place, a change is sent only once the ones before it were delivered.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly deps: WebhookWorkerDeps) {}

  start(): void {
    if (this.deps.config.tickMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.deps.config.tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One round: fan out, then send what is due. Never two at once in one instance. */
  tick(): Promise<void> {
    this.running ??= this.round()
      .catch((error: unknown) => this.deps.logger.error({ err: error }, 'webhook round failed'))
      .finally(() => (this.running = null));
    return this.running;
  }

  private async round(): Promise<void> {
    const webhooks = (await WebhookModel.find({ status: 'ACTIVE' }).lean()) as WebhookRecord[];
    if (webhooks.length === 0) return;
    // A revoked key's webhooks stop with it (their changes wait, should the key be replaced by an admin).
    const live = new Set(
      (
        await ApiKeyModel.find({ _id: { $in: webhooks.map((w) => w.apiKeyId) }, revokedAt: null }, { _id: 1 }).lean()
      ).map((key) => String(key._id)),
    );
    await Promise.all(webhooks.filter((w) => live.has(String(w.apiKeyId))).map((webhook) => this.serve(webhook)));
  }

  private async serve(webhook: WebhookRecord): Promise<void> {
    try {
      await this.fanOut(webhook);
      await this.sendDue(webhook);
    } catch (error) {
      this.deps.logger.error({ err: error, webhookId: String(webhook._id) }, 'webhook not served');
    }
  }

  /** Deliveries for the changes after the endpoint's cursor, then the cursor moved past them. */
  private async fanOut(webhook: WebhookRecord): Promise<void> {
    let cursor = webhook.cursor;
    for (;;) {
      const { entries, lastSeq, full } = await readChanges(cursor, FAN_OUT_PAGE);
      const now = new Date();
      const deliveries = entries
        .filter((change) => matches(webhook, change))
        .map((change) => ({
          webhookId: webhook._id,
          seq: change.seq,
          kind: change.kind,
          placeId: change.placeId ? String(change.placeId) : null,
          body: deliveryBody(change),
          status: 'PENDING',
          attempts: 0,
          nextAttemptAt: now,
          lastAttemptAt: null,
          lastStatusCode: null,
          lastError: null,
          deliveredAt: null,
          createdAt: now,
        }));
      if (deliveries.length > 0)
        await WebhookDeliveryModel.collection.insertMany(deliveries, { ordered: false }).catch((error: unknown) => {
          const failed = (error as { writeErrors?: { code: number }[] | { code: number } }).writeErrors;
          const errors = failed ? (Array.isArray(failed) ? failed : [failed]) : null;
          if (!errors || errors.some((e) => e.code !== DUPLICATE_KEY)) throw error; // another instance made them
        });
      if (lastSeq > cursor)
        await WebhookModel.updateOne({ _id: webhook._id, cursor: { $lt: lastSeq } }, { $set: { cursor: lastSeq } });
      cursor = lastSeq;
      if (!full) return;
    }
  }

  /** The first pending delivery of each place, when due, in change order. */
  private async sendDue(webhook: WebhookRecord): Promise<void> {
    const pending = (await WebhookDeliveryModel.find({ webhookId: webhook._id, status: 'PENDING' })
      .sort({ seq: 1 })
      .limit(DUE_PAGE)
      .lean()) as WebhookDeliveryRecord[];
    const waiting = new Set<string>();
    for (const delivery of pending) {
      const place = delivery.placeId ?? `seq:${delivery.seq}`;
      if (waiting.has(place)) continue;
      waiting.add(place);
      if (delivery.nextAttemptAt.getTime() > Date.now()) continue;
      const disabled = await this.attempt(webhook, delivery);
      if (disabled) return;
    }
  }

  /** Claims, sends and records one attempt; true when the endpoint got disabled. */
  private async attempt(webhook: WebhookRecord, delivery: WebhookDeliveryRecord): Promise<boolean> {
    const { config } = this.deps;
    const claimed = await WebhookDeliveryModel.updateOne(
      { _id: delivery._id, status: 'PENDING', attempts: delivery.attempts, nextAttemptAt: delivery.nextAttemptAt },
      { $set: { nextAttemptAt: new Date(Date.now() + config.timeoutMs * 2 + 5000) } },
    );
    if (claimed.modifiedCount === 0) return false; // another instance has it
    const at = new Date();
    const outcome = await this.send(webhook, delivery, at);
    const attempts = delivery.attempts + 1;
    if (outcome.ok) {
      await WebhookDeliveryModel.updateOne(
        { _id: delivery._id },
        {
          $set: {
            status: 'DELIVERED',
            attempts,
            lastAttemptAt: at,
            lastStatusCode: outcome.status,
            lastError: null,
            deliveredAt: new Date(),
          },
        },
      );
      return false;
    }
    const expired = at.getTime() - delivery.createdAt.getTime() >= config.retryWindowMs;
    await WebhookDeliveryModel.updateOne(
      { _id: delivery._id },
      {
        $set: {
          status: expired ? 'FAILED' : 'PENDING',
          attempts,
          lastAttemptAt: at,
          lastStatusCode: outcome.status,
          lastError: outcome.error,
          nextAttemptAt: new Date(at.getTime() + retryDelay(attempts, config.retryBaseMs)),
        },
      },
    );
    if (expired) await this.disable(webhook, delivery, outcome.error);
    return expired;
  }

  private async send(
    webhook: WebhookRecord,
    delivery: WebhookDeliveryRecord,
    at: Date,
  ): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    const { policy, config } = this.deps;
    // The policy may have tightened since the endpoint was registered.
    const refused = urlRefusal(webhook.url, policy);
    if (refused) return { ok: false, status: null, error: `URL not allowed: ${refused}` };
    const id = messageId(delivery._id);
    const refusals: string[] = [];
    const agent = guardedAgent(policy, config.timeoutMs, refusals);
    try {
      const response = await request(webhook.url, {
        method: 'POST',
        dispatcher: agent,
        signal: AbortSignal.timeout(config.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Reemploi-webhooks',
          'webhook-id': id,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signWebhook(webhook.secret, id, at, delivery.body),
        },
        body: delivery.body,
      });
      await response.body.dump(); // what the receiver says is not kept
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      return { ok, status: response.statusCode, error: ok ? null : `HTTP ${response.statusCode}` };
    } catch (error) {
      const reason = refusals[0] ?? (error as { code?: string }).code ?? (error as Error).message;
      return { ok: false, status: null, error: String(reason).slice(0, 300) };
    } finally {
      await agent.destroy().catch(() => undefined);
    }
  }

  /** After a change failed for the whole retry window: the endpoint stops, its contact is told. */
  private async disable(webhook: WebhookRecord, delivery: WebhookDeliveryRecord, error: string | null) {
    const hours = Math.round(this.deps.config.retryWindowMs / 3_600_000);
    const reason = `Deliveries failed for ${hours > 0 ? `${hours} h` : 'the whole retry window'} (last: ${error ?? 'unknown'}).`;
    const result = await WebhookModel.updateOne(
      { _id: webhook._id, status: 'ACTIVE' },
      { $set: { status: 'DISABLED', disabledAt: new Date(), disabledReason: reason } },
    );
    this.deps.logger.warn({ webhookId: String(webhook._id), seq: delivery.seq }, 'webhook disabled');
    if (result.modifiedCount === 0 || !this.deps.mailer) return;
    const text = `Bonjour,\n\nLes notifications de Réemploi vers ${webhook.url} échouent depuis trop longtemps ; elles sont suspendues.\n${reason}\n\nRien n'est perdu : une fois votre serveur réparé, demandez à l'équipe Réemploi de réactiver ce webhook, ou rattrapez les changements avec placesChanged (votre dernier curseur).\n`;
    await this.deps.mailer
      .send(webhook.contactEmail, 'Réemploi : webhook suspendu', text)
      .catch((err: unknown) => this.deps.logger.error({ err }, 'webhook disabled mail not sent'));
  }
}

/** The `webhook-id` of a delivery: the same on every attempt, so receivers can de-duplicate. */
export const messageId = (deliveryId: Types.ObjectId) => `msg_${deliveryId.toString()}`;
