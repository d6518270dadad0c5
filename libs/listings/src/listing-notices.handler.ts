import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationService, type NotificationInput } from '../../notifications/src/index.js';
import { EventBus, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import { ChallengeApplicationRepository } from './challenge-application.repository.js';
import {
  CHALLENGE_APPLIED,
  CHALLENGE_AWARDED,
  LISTING_REVIEWED,
  type ChallengeApplicationEvent,
  type ListingReviewedEvent,
} from './listing.events.js';
import { ListingRepository } from './listing.repository.js';
import type { ListingKind } from './listing.types.js';

export const LISTING_NOTICES_QUEUE = 'listings.notices';

const KIND_NAMES: Record<ListingKind, string> = {
  need: '技术需求',
  achievement: '科技成果',
  challenge: '揭榜挂帅榜单',
};

/**
 * Tells listing owners and applicants what happened: the owner of a reviewed listing the
 * decision (with the reason of a rejection), the owner of a 揭榜挂帅 challenge each application
 * received, and on the award every applicant whether it won.
 */
@Injectable()
export class ListingNoticesHandler implements JobHandler, OnModuleInit {
  readonly queue = LISTING_NOTICES_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly listings: ListingRepository,
    private readonly applications: ChallengeApplicationRepository,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([LISTING_REVIEWED, CHALLENGE_APPLIED, CHALLENGE_AWARDED], this);
  }

  handle(jobs: Job[], ctx: JobContext): Promise<void> {
    return this.notifications.notifyEach(ctx, jobs, (job) => this.noticesOf(job));
  }

  private async noticesOf(job: Job): Promise<NotificationInput[]> {
    const key = (to: string) => `${job.topic}:${job.id}:${to}`;
    if (job.topic === LISTING_REVIEWED) {
      const e = job.payload as unknown as ListingReviewedEvent;
      const l = await this.listings.find(this.ds.manager, e.kind, e.id);
      if (!l) return [];
      const what = `${KIND_NAMES[e.kind]}「${l.title}」`;
      const approved = e.status === 'published';
      return [
        {
          recipientOrgId: l.orgId,
          kind: 'listing_reviewed',
          title: approved ? `审核通过：${l.title}` : `审核未通过：${l.title}`,
          body: approved
            ? `您提交的${what}已通过审核并发布。`
            : `您提交的${what}未通过审核，原因：${l.rejectReason ?? '未说明'}。请修改后重新提交。`,
          link: approved ? `/listings/${e.kind}/${e.id}` : '/my/listings',
          payload: { kind: e.kind, id: e.id, status: e.status },
          mail: true,
          dedupeKey: key(l.orgId),
        },
      ];
    }
    const e = job.payload as unknown as ChallengeApplicationEvent;
    const challenge = await this.listings.find(this.ds.manager, 'challenge', e.challengeId);
    if (!challenge) return [];
    const base = { link: `/listings/challenge/${challenge.id}`, mail: true } as const;
    if (job.topic === CHALLENGE_APPLIED) {
      const a = await this.applications.row(this.ds.manager, e.applicationId);
      if (!a) return [];
      return [
        {
          ...base,
          recipientOrgId: challenge.orgId,
          kind: 'challenge_application',
          title: `新的揭榜申请：${challenge.title}`,
          body: `${a.org_name}（团队：${a.team_name}）申请揭榜「${challenge.title}」，请在“我的发布”中查看申请。`,
          payload: { challengeId: challenge.id, applicationId: a.id },
          dedupeKey: key(challenge.orgId),
        },
      ];
    }
    const decided = (await this.applications.ofChallenge(this.ds.manager, challenge.id)).filter(
      (a) => a.status === 'awarded' || a.status === 'not_awarded',
    );
    return decided.map((a) => {
      const won = a.id === e.applicationId;
      return {
        ...base,
        recipientOrgId: a.org_id,
        kind: 'challenge_result',
        title: won ? `揭榜成功：${challenge.title}` : `揭榜结果：${challenge.title}`,
        body: won
          ? `贵单位对「${challenge.title}」的揭榜申请已中榜，发榜单位将与您联系后续事宜。`
          : `「${challenge.title}」已确定揭榜单位，贵单位的申请未中榜。感谢参与。`,
        payload: { challengeId: challenge.id, applicationId: a.id, awarded: won },
        dedupeKey: key(a.org_id),
      };
    });
  }
}
