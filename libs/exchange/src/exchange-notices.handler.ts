import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgDirectoryService } from '../../identity/src/index.js';
import { NotificationService } from '../../notifications/src/index.js';
import { EventBus, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import { WEBHOOK_FAILING, type WebhookFailingEvent } from './exchange.events.js';
import { WebhookRepository } from './webhook.repository.js';

export const EXCHANGE_NOTICES_QUEUE = 'exchange.notices';

/** Tells the platform admin (the platform's organisations) that a partner's webhook endpoint has been failing for an hour. */
@Injectable()
export class ExchangeNoticesHandler implements JobHandler, OnModuleInit {
  readonly queue = EXCHANGE_NOTICES_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly webhooks: WebhookRepository,
    private readonly directory: OrgDirectoryService,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([WEBHOOK_FAILING], this);
  }

  async handle(jobs: Job[], ctx: JobContext): Promise<void> {
    const platforms = await this.directory.platformOrgs();
    await this.notifications.notifyEach(ctx, jobs, async (job) => {
      const e = job.payload as unknown as WebhookFailingEvent;
      const url = await this.webhooks.url(this.ds.manager, e.webhookId);
      return (url ? platforms : []).map((org) => ({
        recipientOrgId: org,
        kind: 'webhook_failing',
        title: '数据交换推送持续失败',
        body: `向合作平台接收地址 ${url} 的推送已连续失败超过 1 小时，系统仍在重试。请联系该合作平台检查接收服务。`,
        link: '/admin/exchange',
        payload: { webhookId: e.webhookId },
        mail: true,
        dedupeKey: `${WEBHOOK_FAILING}:${job.id}:${org}`,
      }));
    });
  }
}
