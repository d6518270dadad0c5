import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationService, type NotificationInput, type NotificationKind } from '../../notifications/src/index.js';
import { EventBus, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import { formatWan } from '../../shared/money/index.js';
import {
  VOUCHER_APPLIED,
  VOUCHER_DECIDED,
  VOUCHER_EXPIRED,
  VOUCHER_REDEMPTION_DECIDED,
  VOUCHER_REDEMPTION_REQUESTED,
  VOUCHER_TOPICS,
  type VoucherEvent,
} from './voucher.events.js';
import { VoucherRepository } from './voucher.repository.js';

export const VOUCHER_NOTICES_QUEUE = 'vouchers.notices';

const wan = (fen: string | null) => `${formatWan(fen ?? '0')} 万元`;

/**
 * Tells each step to whom it falls next (voucher.*): an application, and a redemption request,
 * to the issuing bureau; its decision on either to the enterprise and the provider; an expiry to
 * the enterprise, whose reservation has gone back to the budget.
 */
@Injectable()
export class VoucherNoticesHandler implements JobHandler, OnModuleInit {
  readonly queue = VOUCHER_NOTICES_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly vouchers: VoucherRepository,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([...VOUCHER_TOPICS], this);
  }

  handle(jobs: Job[], ctx: JobContext): Promise<void> {
    return this.notifications.notifyEach(ctx, jobs, (job) => this.noticesOf(job));
  }

  private async noticesOf(job: Job): Promise<NotificationInput[]> {
    const e = job.payload as unknown as VoucherEvent;
    const v = await this.vouchers.find(this.ds.manager, e.voucherId);
    if (!v) return [];
    const notice = (orgs: string[], kind: NotificationKind, title: string, body: string) =>
      [...new Set(orgs)].map((org): NotificationInput => ({
        recipientOrgId: org,
        kind,
        title,
        body,
        link: '/vouchers',
        payload: { voucherId: v.id },
        mail: true,
        dedupeKey: `${job.topic}:${job.id}:${org}`,
      }));
    const what = `「${v.programme_name}」${v.enterprise_name}的创新券（${v.provider_name}）`;
    const parties = [v.enterprise_org_id, v.provider_org_id];
    switch (job.topic) {
      case VOUCHER_APPLIED:
        return notice(
          [v.issuer_org_id],
          'voucher_application',
          '新的创新券申请',
          `${what}待审核，申请补助 ${wan(v.requested_fen)}。`,
        );
      case VOUCHER_DECIDED:
        return e.outcome === 'approved'
          ? notice(
              parties,
              'voucher_decision',
              '创新券已批准',
              `${what}已批准，预留 ${wan(v.approved_fen)}，有效至 ${v.expires_on}。`,
            )
          : notice(parties, 'voucher_decision', '创新券申请未通过', `${what}未通过：${v.decision_note ?? ''}`);
      case VOUCHER_REDEMPTION_REQUESTED:
        return notice([v.issuer_org_id], 'voucher_redemption', '新的创新券兑付申请', `${what}申请兑付，待审核。`);
      case VOUCHER_REDEMPTION_DECIDED:
        return e.outcome === 'redeemed'
          ? notice(parties, 'voucher_redemption', '创新券已兑付', `${what}已兑付 ${wan(v.redeemed_fen)}。`)
          : notice(
              parties,
              'voucher_redemption',
              '创新券兑付申请被退回',
              `${what}的兑付申请被退回：${v.redemption_note ?? ''}`,
            );
      case VOUCHER_EXPIRED:
        return notice(
          [v.enterprise_org_id],
          'voucher_expired',
          '创新券已过期',
          `${what}在 ${v.expires_on} 前未兑付，预留额度已释放。`,
        );
      default:
        return [];
    }
  }
}
