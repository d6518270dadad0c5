import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailConfig } from '../../shared/config/index.js';
import { JobQueue } from '../../shared/jobs/index.js';
import { DeliveryRepository } from './delivery.repository.js';
import { DigestRepository } from './digest.repository.js';
import { latestDigestSlot } from './digest-schedule.js';
import { MailRecipients } from './mail-recipients.js';
import { MAIL_QUEUE } from './notification.service.js';

/** Users handled per run; the rest wait for the next run (MAIL_DIGEST_POLL_MS). */
const USERS_PER_RUN = 500;

/**
 * Daily digests: every notification a user chose to receive as a digest, queued before the
 * latest MAIL_DIGEST_AT (China time), goes into one mail. An item is put into a digest in the
 * transaction that creates the digest's delivery, and only while it is in none: it is never sent
 * twice, however often or on however many workers this runs.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly ds: DataSource,
    private readonly cfg: MailConfig,
    private readonly jobs: JobQueue,
    private readonly digests: DigestRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly recipients: MailRecipients,
  ) {}

  /** Queues the digests due at `now`; answers how many. */
  async run(now: Date = new Date()): Promise<number> {
    const slot = latestDigestSlot(now, this.cfg.digestAt);
    let queued = 0;
    for (const userId of await this.digests.usersDue(this.ds.manager, slot, USERS_PER_RUN)) {
      const [user] = await this.recipients.usersOfUser(userId);
      if (!user) continue;
      queued += await this.ds.transaction(async (em) => {
        const [id] = await this.deliveries.insertNew(em, [
          {
            dedupeKey: `digest:${userId}:${randomUUID()}`,
            channel: 'mail',
            kind: 'digest',
            userId,
            address: user.email,
            subject: '【网上技术市场】每日通知摘要',
          },
        ]);
        // Another run took the items first: this digest would be empty, so it is not kept.
        if ((await this.digests.assign(em, userId, slot, id!)) === 0) {
          await this.deliveries.remove(em, id!);
          return 0;
        }
        await this.jobs.enqueue(em, { queue: MAIL_QUEUE, key: `delivery:${id}`, payload: { deliveryId: id } });
        return 1;
      });
    }
    return queued;
  }
}
