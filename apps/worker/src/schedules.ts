import { AuctionClosing } from '../../../libs/auctions/src/index.js';
import { ContractReminders } from '../../../libs/contracts/src/index.js';
import { ListedSaleClosing } from '../../../libs/listed-sales/src/index.js';
import { ListingDeadlines } from '../../../libs/listings/src/index.js';
import { VoucherExpiry } from '../../../libs/vouchers/src/index.js';
import { JobsConfig } from '../../../libs/shared/config/index.js';
import { IdempotencyService } from '../../../libs/shared/http/index.js';
import { JobRunner, schedule } from '../../../libs/shared/jobs/index.js';

/** The worker's schedules of the job queue (a lib's own schedule, like notifications.digest, is declared in that lib). */
export const WORKER_SCHEDULES = [
  /**
   * Closes published needs and challenges past their deadline (ListingDeadlines would also be
   * safe run twice at once: it skips rows another transaction holds). closeExpired works through
   * every due listing in batches; the next run is a period away.
   */
  schedule({
    queue: 'worker.listing-deadlines',
    inject: [ListingDeadlines, JobsConfig],
    every: (_, cfg) => cfg.listingDeadlinePollMs,
    run: async (deadlines) => ({ closed: await deadlines.closeExpired() }),
    done: 'closed listings past their deadline',
  }),
  /**
   * Announces registration deadlines within 3 working days or passed, and price publications
   * whose period is over (each fact is announced once anyway: ContractReminders).
   */
  schedule({
    queue: 'worker.contract-reminders',
    inject: [ContractReminders, JobsConfig],
    every: (_, cfg) => cfg.contractReminderPollMs,
    run: async (reminders) => ({ published: await reminders.run() }),
    done: 'contract reminders published',
  }),
  /**
   * Closes auction lots past their end (sold or 流拍), once across all workers. Bids are refused
   * from the end on by the bid's own check under the lot's lock, so how late the close runs
   * changes nothing but when the result is announced.
   */
  schedule({
    queue: 'worker.auction-closing',
    inject: [AuctionClosing, JobsConfig],
    every: (_, cfg) => cfg.auctionClosePollMs,
    run: (closing) => closing.closeDue(),
    done: 'closed auction lots past their end',
  }),
  /**
   * Ends 挂牌 listings past their period: one qualified buyer buys (deal and draft contract),
   * several bid in an auction among them, none is 流标 (ListedSaleClosing; rows another run
   * holds are skipped). Intents check the end themselves, so a late run changes only when the
   * outcome is announced.
   */
  schedule({
    queue: 'worker.listed-sale-closing',
    inject: [ListedSaleClosing, JobsConfig],
    every: (_, cfg) => cfg.listedSaleClosePollMs,
    run: (closing) => closing.closeDue(),
    done: 'ended 挂牌 listings past their period',
  }),
  /**
   * Expires approved innovation vouchers whose reservation ended before today and returns their
   * amount to the programme's budget (a released entry in its ledger). Each expiry takes the
   * programme's lock as approvals do, so the budget never counts an amount twice.
   */
  schedule({
    queue: 'worker.voucher-expiry',
    inject: [VoucherExpiry, JobsConfig],
    every: (_, cfg) => cfg.voucherExpiryPollMs,
    run: (expiry) => expiry.expireDue(),
    done: 'expired vouchers past their reservation',
  }),
  /**
   * Deletes what would otherwise only grow: idempotency keys older than
   * IDEMPOTENCY_RETENTION_DAYS (every retried request's answer) and jobs done more than
   * JOBS_RETENTION_DAYS ago (every change to a listing, every mail and webhook leaves some). Both
   * purges delete every old row in batches; the next run is a period away.
   */
  schedule({
    queue: 'worker.housekeeping',
    inject: [IdempotencyService, JobRunner, JobsConfig],
    every: (_, __, cfg) => cfg.idempotencyPurgePollMs,
    run: async (idempotency, runner, cfg) => ({
      idempotencyKeys: await idempotency.purgeOlderThan(cfg.idempotencyRetentionDays),
      jobs: await runner.purgeDone(cfg.retentionDays),
    }),
    done: 'purged old rows',
  }),
];
