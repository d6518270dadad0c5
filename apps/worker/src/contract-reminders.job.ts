import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ContractReminders } from '../../../libs/contracts/src/index.js';
import { JobsConfig } from '../../../libs/shared/config/index.js';
import { JobRunner, type ScheduledJob } from '../../../libs/shared/jobs/index.js';

/**
 * Announces registration deadlines within 3 working days or passed, and price publications whose
 * period is over: a schedule of the job queue, at start and then every CONTRACT_REMINDER_POLL_MS,
 * once across all workers (each fact is announced once anyway: ContractReminders).
 */
@Injectable()
export class ContractRemindersJob implements ScheduledJob, OnModuleInit {
  readonly queue = 'worker.contract-reminders';
  readonly lane = 'schedules';
  readonly everyMs: number;
  private readonly logger = new Logger(ContractRemindersJob.name);

  constructor(
    private readonly reminders: ContractReminders,
    private readonly runner: JobRunner,
    cfg: JobsConfig,
  ) {
    this.everyMs = cfg.contractReminderPollMs;
  }

  onModuleInit(): void {
    this.runner.schedule(this);
  }

  async handle(): Promise<void> {
    const published = await this.reminders.run();
    if (published > 0) this.logger.log({ published }, 'contract reminders published');
  }
}
