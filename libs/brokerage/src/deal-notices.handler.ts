import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationService, type NotificationInput } from '../../notifications/src/index.js';
import { EventBus, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import { DEAL_CHANGED, type DealChangedEvent } from './deal.events.js';
import { DEAL_STAGE_NAMES } from './deal-stage.js';
import { DealRepository } from './deal.repository.js';

export const DEAL_NOTICES_QUEUE = 'brokerage.notices';

/**
 * Tells the people of a deal what happened to it (deal.changed): an invited organisation of its
 * invitation, the broker of a party's answer, every party still in the deal (not the broker,
 * who made the move, nor a party that declined) of a stage change or a drop.
 */
@Injectable()
export class DealNoticesHandler implements JobHandler, OnModuleInit {
  readonly queue = DEAL_NOTICES_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly deals: DealRepository,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([DEAL_CHANGED], this);
  }

  handle(jobs: Job[], ctx: JobContext): Promise<void> {
    return this.notifications.notifyEach(ctx, jobs, (job) => this.noticesOf(job));
  }

  private async noticesOf(job: Job): Promise<NotificationInput[]> {
    const e = job.payload as unknown as DealChangedEvent;
    const deal = await this.deals.find(this.ds.manager, e.dealId);
    if (!deal) return [];
    const base = { link: `/deals?deal=${deal.id}`, payload: { dealId: deal.id }, mail: true } as const;
    const key = (to: string) => `${DEAL_CHANGED}:${job.id}:${to}`;
    if (e.change === 'opened')
      return e.invitedOrgIds.map((org) => ({
        ...base,
        recipientOrgId: org,
        kind: 'deal_invited',
        title: `对接邀请：${deal.title}`,
        body: `贵单位被邀请参与技术对接「${deal.title}」，请在“对接”中查看并答复是否接受。`,
        dedupeKey: key(org),
      }));
    if (e.change === 'accepted' || e.change === 'declined') {
      const [party] = await this.deals
        .partiesWithNames(this.ds.manager, [deal.id])
        .then((ps) => ps.filter((p) => p.org_id === e.partyOrgId));
      const answer = e.change === 'accepted' ? '接受' : '谢绝';
      return [
        {
          ...base,
          recipientUserId: deal.broker_user_id,
          kind: 'deal_answered',
          title: `${party?.name ?? '一方'}已${answer}对接邀请`,
          body: `${party?.name ?? '一方'}已${answer}技术对接「${deal.title}」的邀请。`,
          dedupeKey: key(deal.broker_user_id),
        },
      ];
    }
    if (e.change !== 'stage') return [];
    const parties = await this.deals.parties(this.ds.manager, deal.id);
    const to = parties.filter((p) => p.status !== 'declined' && p.org_id !== deal.broker_org_id).map((p) => p.org_id);
    const title = e.stage === 'dropped' ? `对接已终止：${deal.title}` : `对接进展：${deal.title}`;
    const body =
      e.stage === 'dropped'
        ? `技术对接「${deal.title}」已由经纪人终止。`
        : `技术对接「${deal.title}」已从“${DEAL_STAGE_NAMES[e.fromStage]}”进入“${DEAL_STAGE_NAMES[e.stage]}”阶段。`;
    return to.map((org) => ({
      ...base,
      recipientOrgId: org,
      kind: 'deal_stage',
      title: title,
      body: body,
      dedupeKey: key(org),
    }));
  }
}
