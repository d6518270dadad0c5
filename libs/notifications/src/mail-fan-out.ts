import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue } from '../../shared/jobs/index.js';
import { DeliveryRepository, type NewDelivery } from './delivery.repository.js';
import { DigestRepository } from './digest.repository.js';
import { MailRecipients, type Recipient } from './mail-recipients.js';
import { effectivePreference, NOTIFICATION_CATEGORY, URGENT_KINDS } from './notification-categories.js';
import { NotificationRepository, type UnmailedNotification } from './notification.repository.js';
import { MAIL_QUEUE } from './notification.service.js';
import { PreferenceRepository } from './preference.repository.js';

/** What one notification turns into: a delivery per recipient and channel, or an item of their digest. */
export interface FanOutPlan {
  notificationId: string;
  deliveries: NewDelivery[];
  digest: { userId: string; notificationId: string }[];
}

/**
 * Turns a notification to mail into deliveries, one per recipient (each their own mail, with
 * their own unsubscribe link, and no one sees who else got it) as each recipient's preference
 * for the category says: immediate → a delivery now, digest → an item of their next daily digest,
 * off → nothing. Time-critical kinds also go by SMS to recipients with a phone number.
 */
@Injectable()
export class MailFanOut {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly digests: DigestRepository,
    private readonly prefs: PreferenceRepository,
    private readonly recipients: MailRecipients,
  ) {}

  /** The plan of a notification not mailed yet (reads only), or null when it was. */
  async plan(notificationId: string): Promise<FanOutPlan | null> {
    const n = await this.notifications.unmailed(this.ds.manager, notificationId);
    if (!n) return null;
    const users = await this.usersOf(n);
    const category = NOTIFICATION_CATEGORY[n.kind] ?? 'account';
    const stored = await this.prefs.forCategory(
      this.ds.manager,
      users.map((u) => u.userId),
      category,
    );
    const plan: FanOutPlan = { notificationId: n.id, deliveries: [], digest: [] };
    const subject = `【网上技术市场】${n.title}`;
    for (const u of users) {
      const pref = effectivePreference(category, stored.get(u.userId));
      if (pref === 'off') continue;
      if (pref === 'digest') plan.digest.push({ userId: u.userId, notificationId: n.id });
      else
        plan.deliveries.push({
          dedupeKey: `n:${n.id}:${u.userId}:mail`,
          channel: 'mail',
          kind: 'notification',
          notificationId: n.id,
          userId: u.userId,
          category,
          address: u.email,
          subject,
        });
      if (URGENT_KINDS.includes(n.kind) && u.phone)
        plan.deliveries.push({
          dedupeKey: `n:${n.id}:${u.userId}:sms`,
          channel: 'sms',
          kind: 'notification',
          notificationId: n.id,
          userId: u.userId,
          category,
          address: u.phone,
          subject,
        });
    }
    return plan;
  }

  /**
   * Records the plan in the transaction that completes the job: deliveries under their unique
   * keys (a plan applied twice queues nothing twice), a send job for each new one, the digest
   * items, and the notification marked mailed.
   */
  async apply(em: EntityManager, plan: FanOutPlan): Promise<void> {
    const ids = await this.deliveries.insertNew(em, plan.deliveries);
    await this.jobs.enqueue(
      em,
      ids.map((id) => ({ queue: MAIL_QUEUE, key: `delivery:${id}`, payload: { deliveryId: id } })),
    );
    await this.digests.add(em, plan.digest);
    await this.notifications.markMailed(em, plan.notificationId);
  }

  private usersOf(n: UnmailedNotification): Promise<Recipient[]> {
    return n.recipient_user_id
      ? this.recipients.usersOfUser(n.recipient_user_id)
      : this.recipients.usersOfOrg(n.recipient_org_id!);
  }
}
