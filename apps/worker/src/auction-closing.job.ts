import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AuctionClosing } from '../../../libs/auctions/src/index.js';
import { JobsConfig } from '../../../libs/shared/config/index.js';
import { JobRunner, type ScheduledJob } from '../../../libs/shared/jobs/index.js';

/**
 * Closes auction lots past their end (sold or 流拍): a schedule of the job queue, at start and
 * then every AUCTION_CLOSE_POLL_MS, once across all workers. Bids are refused from the end on by
 * the bid's own check under the lot's lock, so how late the close runs changes nothing but when
 * the result is announced.
 */
@Injectable()
export class AuctionClosingJob implements ScheduledJob, OnModuleInit {
  readonly queue = 'worker.auction-closing';
  readonly lane = 'schedules';
  readonly everyMs: number;
  private readonly logger = new Logger(AuctionClosingJob.name);

  constructor(
    private readonly closing: AuctionClosing,
    private readonly runner: JobRunner,
    cfg: JobsConfig,
  ) {
    this.everyMs = cfg.auctionClosePollMs;
  }

  onModuleInit(): void {
    this.runner.schedule(this);
  }

  async handle(): Promise<void> {
    const closed = await this.closing.closeDue();
    if (closed.sold + closed.unsold > 0) this.logger.log(closed, 'closed auction lots past their end');
  }
}
