import { MailConfig } from '../../shared/config/index.js';
import { schedule } from '../../shared/jobs/index.js';
import { DigestService } from './digest.service.js';

/**
 * Every MAIL_DIGEST_POLL_MS (once across all workers) queues the daily digests that are due
 * (DigestService); they leave through the mail queue like any mail.
 */
export const MAIL_DIGEST_SCHEDULE = schedule({
  queue: 'notifications.digest',
  inject: [DigestService, MailConfig],
  every: (_, cfg) => cfg.digestPollMs,
  run: async (digests) => ({ queued: await digests.run() }),
  done: 'daily digests queued',
});
