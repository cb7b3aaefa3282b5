import { DateTime } from 'luxon';
import type { Mailer } from '../auth';
import type { Logger } from '../../shared/logger';
import { structuresToNotify } from './board-matching';
import { BoardPostModel, type BoardPostRecord } from './board-post.model';
import { BoardDigestModel, BoardNotificationModel, BoardSubscriptionModel } from './board-subscription.model';

/** Digests go out from this hour on (Paris time), once per structure and day. */
const DIGEST_HOUR = 8;
const EVERY_TEN_MINUTES = 10 * 60 * 1000;
/** Immediate mails a structure gets in a Paris day at most; the next matches wait for the digest. */
export const IMMEDIATE_MAILS_PER_DAY = 20;

const parisDay = (now: Date) => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
const parisHour = (now: Date) =>
  Number(now.toLocaleString('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }));
const day = (date: Date) => date.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' });

const UNITS: Record<string, string> = {
  PIECE: 'pièce(s)',
  KG: 'kg',
  TONNE: 't',
  M3: 'm³',
  M2: 'm²',
  LINEAR_M: 'm linéaire(s)',
  PALLET: 'palette(s)',
  LOT: 'lot(s)',
  PERSON: 'personne(s)',
};

/**
 * Mails structures about offers matching their needs or competences (board-matching): at once, or in a
 * daily digest. Every match is recorded first (`board_notifications`, unique per structure and offer), so
 * an offer edited later is not announced twice; a digest is claimed by inserting its (structure, day) key.
 */
export class BoardNotifications {
  private timer: NodeJS.Timeout | null = null;
  private pending = new Set<Promise<unknown>>();

  constructor(private readonly deps: { mailer: Mailer | null; logger: Logger; publicUrl: string }) {}

  private link = (postId: string) =>
    `${this.deps.publicUrl.replace(/\/$/, '')}/professionnels/bourse?annonce=${postId}`;

  private describe(post: BoardPostRecord): string {
    const quantity = post.quantity ? ` — ${post.quantity} ${UNITS[post.unit ?? ''] ?? ''}`.trimEnd() : '';
    return `« ${post.title} »${quantity}, par ${post.organizationName}, à ${post.pickup.commune}, jusqu’au ${day(post.expiresAt)}\n${this.link(post._id.toString())}`;
  }

  /** Records the matches of a new offer and mails the IMMEDIATE ones, in the background. */
  offerPosted(post: BoardPostRecord, now: Date): void {
    const job = this.notify(post, now)
      .catch((error: unknown) => this.deps.logger.error({ err: error, post: post._id }, 'board notifications failed'))
      .finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  async notify(post: BoardPostRecord, now: Date): Promise<void> {
    const matches = await structuresToNotify(post, now);
    if (!matches.length) return;
    await BoardNotificationModel.init(); // the unique (structure, offer) index must exist before the insert
    await BoardNotificationModel.insertMany(
      matches.map((m) => ({ organizationId: m.organizationId, postId: post._id, mode: m.mode })),
      { ordered: false },
    ).catch((error: { code?: number }) => {
      if (error.code !== 11000) throw error; // already announced (an edit of an announced offer)
    });
    const dayStart = DateTime.fromJSDate(now).setZone('Europe/Paris').startOf('day').toJSDate();
    for (const match of matches.filter((m) => m.mode === 'IMMEDIATE')) {
      const sentToday = await BoardNotificationModel.countDocuments({
        organizationId: match.organizationId,
        mode: 'IMMEDIATE',
        sentAt: { $gte: dayStart },
      });
      if (sentToday >= IMMEDIATE_MAILS_PER_DAY) {
        // A flood of offers (or a misbehaving account) must not flood an inbox: the rest go in the digest.
        await BoardNotificationModel.updateOne(
          { organizationId: match.organizationId, postId: post._id, sentAt: null },
          { $set: { mode: 'DAILY' } },
        );
        continue;
      }
      const claimed = await BoardNotificationModel.updateOne(
        { organizationId: match.organizationId, postId: post._id, sentAt: null },
        { $set: { sentAt: now } },
      );
      if (claimed.modifiedCount !== 1 || !this.deps.mailer) continue;
      await this.deps.mailer.send(
        match.email,
        `Bourse aux ressources : ${post.title.replace(/\s+/g, ' ')}`,
        `Bonjour,\n\nUne nouvelle offre correspond à vos besoins ou à vos compétences :\n\n${this.describe(post)}\n\nVous recevez ce message parce que votre structure a choisi d’être prévenue des offres proches. Pour changer ce choix : ${this.deps.publicUrl.replace(/\/$/, '')}/professionnels/bourse\n`,
      );
    }
  }

  /** Sends each DAILY structure its digest of the offers matched since the last one, once a day from 8:00 Paris. */
  async sendDigests(now: Date): Promise<number> {
    if (parisHour(now) < DIGEST_HOUR) return 0;
    const due = await BoardNotificationModel.find({ mode: 'DAILY', sentAt: null }).lean();
    const byOrganization = new Map<string, typeof due>();
    for (const n of due)
      byOrganization.set(n.organizationId.toString(), [...(byOrganization.get(n.organizationId.toString()) ?? []), n]);
    let sent = 0;
    for (const [organizationId, notifications] of byOrganization) {
      const subscription = await BoardSubscriptionModel.findById(organizationId).lean();
      try {
        await BoardDigestModel.create({ _id: `${organizationId}:${parisDay(now)}`, sentAt: now });
      } catch (error) {
        if ((error as { code?: number }).code === 11000) continue; // another instance sends it
        throw error;
      }
      await BoardNotificationModel.updateMany(
        { _id: { $in: notifications.map((n) => n._id) } },
        { $set: { sentAt: now } },
      );
      if (!subscription || subscription.mode === 'NONE' || !this.deps.mailer) continue;
      const posts = await BoardPostModel.find({
        _id: { $in: notifications.map((n) => n.postId) },
        status: 'OPEN',
        expiresAt: { $gt: now },
      })
        .sort({ createdAt: 1 })
        .lean();
      if (!posts.length) continue;
      const list = posts.map((p) => `- ${this.describe(p as BoardPostRecord)}`).join('\n\n');
      await this.deps.mailer.send(
        subscription.email,
        `Bourse aux ressources : ${posts.length} offre(s) pour vous`,
        `Bonjour,\n\nCes offres correspondent à vos besoins ou à vos compétences :\n\n${list}\n\nPour changer ce choix : ${this.deps.publicUrl.replace(/\/$/, '')}/professionnels/bourse\n`,
      );
      sent += 1;
    }
    return sent;
  }

  /** Every instance tries every ten minutes; the (structure, day) key keeps it to one digest. */
  start(onTick: () => Promise<unknown>): void {
    this.timer = setInterval(() => {
      const now = new Date();
      void Promise.all([this.sendDigests(now), onTick()]).catch((error: unknown) =>
        this.deps.logger.warn({ err: error }, 'board digests failed'),
      );
    }, EVERY_TEN_MINUTES);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.pending]);
  }
}
