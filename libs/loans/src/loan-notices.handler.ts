import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationService, type NotificationInput } from '../../notifications/src/index.js';
import { EventBus, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import { formatWan } from '../../shared/money/index.js';
import { LOAN_FILED, LOAN_TOPICS, type LoanEvent } from './loan.events.js';
import { LoanRepository } from './loan.repository.js';
import { COLLATERAL_NAMES } from './loan.rules.js';

export const LOAN_NOTICES_QUEUE = 'loans.notices';

/** Tells an enterprise that a bank filed a loan for it (loan.filed), so a filing it did not expect is seen. */
@Injectable()
export class LoanNoticesHandler implements JobHandler, OnModuleInit {
  readonly queue = LOAN_NOTICES_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly loans: LoanRepository,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([...LOAN_TOPICS], this);
  }

  handle(jobs: Job[], ctx: JobContext): Promise<void> {
    return this.notifications.notifyEach(ctx, jobs, (job) => this.noticesOf(job));
  }

  private async noticesOf(job: Job): Promise<NotificationInput[]> {
    if (job.topic !== LOAN_FILED) return [];
    const e = job.payload as unknown as LoanEvent;
    const l = await this.loans.find(this.ds.manager, e.loanId);
    if (!l) return [];
    return [
      {
        recipientOrgId: l.enterprise_org_id,
        kind: 'loan_filed',
        title: '金融机构为本企业备案了一笔贷款',
        body: `${l.bank_name}备案了成果转化贷款 ${formatWan(l.amount_fen)} 万元（${l.term_months} 个月，${COLLATERAL_NAMES[l.collateral]}）。`,
        link: '/loans',
        payload: { loanId: l.id },
        mail: true,
        dedupeKey: `${job.topic}:${job.id}:${l.enterprise_org_id}`,
      },
    ];
  }
}
