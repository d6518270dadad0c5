import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationService, type NotificationInput } from '../../notifications/src/index.js';
import { EventBus, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import {
  MEMBER_JOINED,
  ORGANIZATION_VERIFICATION_DECIDED,
  type MemberJoinedEvent,
  type OrganizationVerificationDecidedEvent,
} from './organization.events.js';
import { OrganizationRepository } from './organization.repository.js';
import { UserRepository } from './user.repository.js';

export const IDENTITY_NOTICES_QUEUE = 'identity.notices';

/**
 * Tells organisations about themselves: every user of an organisation its verification
 * decision (with the reason of a rejection), and its administrators a colleague who took an
 * invitation. (The invitation itself is mailed to the invitee by MemberService: the invitee has
 * no account to notify yet.)
 */
@Injectable()
export class IdentityNoticesHandler implements JobHandler, OnModuleInit {
  readonly queue = IDENTITY_NOTICES_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly orgs: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([ORGANIZATION_VERIFICATION_DECIDED, MEMBER_JOINED], this);
  }

  handle(jobs: Job[], ctx: JobContext): Promise<void> {
    return this.notifications.notifyEach(ctx, jobs, (job) => this.noticesOf(job));
  }

  private async noticesOf(job: Job): Promise<NotificationInput[]> {
    const key = (to: string) => `${job.topic}:${job.id}:${to}`;
    if (job.topic === ORGANIZATION_VERIFICATION_DECIDED) {
      const e = job.payload as unknown as OrganizationVerificationDecidedEvent;
      const org = await this.orgs.find(this.ds.manager, e.organizationId);
      if (!org) return [];
      const verified = e.status === 'verified';
      return [
        {
          recipientOrgId: org.id,
          kind: 'org_verification',
          title: verified ? '机构认证已通过' : '机构认证未通过',
          body: verified
            ? `${org.name}已通过认证，现在可以发布需求与成果、参与对接和登记技术合同。`
            : `${org.name}的认证申请未通过，原因：${org.rejectionReason ?? '未说明'}。请修改机构信息后重新提交。`,
          link: '/org/registration',
          payload: { organizationId: org.id, status: e.status },
          mail: true,
          dedupeKey: key(org.id),
        },
      ];
    }
    const e = job.payload as unknown as MemberJoinedEvent;
    const user = await this.users.get(this.ds.manager, e.userId).catch(() => undefined);
    if (!user) return [];
    const admins = (await this.users.activeAdmins(this.ds.manager, e.organizationId)).filter((id) => id !== user.id);
    return admins.map((admin) => ({
      recipientUserId: admin,
      kind: 'member_joined',
      title: `新成员已加入：${user.displayName}`,
      body: `${user.displayName}（${user.email}）已接受邀请，成为本单位的成员。`,
      payload: { userId: user.id },
      mail: true,
      dedupeKey: key(admin),
    }));
  }
}
