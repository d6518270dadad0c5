import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationService, type NotificationInput } from '../../notifications/src/index.js';
import { EventBus, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import { IMPORT_FINISHED, type ImportFinishedEvent } from './import.events.js';
import { ImportJobRepository } from './import-job.repository.js';
import type { ImportKind } from './import.types.js';

export const IMPORT_NOTICES_QUEUE = 'imports.notices';

const KIND: Record<ImportKind, string> = {
  achievements: '科技成果',
  needs: '技术需求',
  contracts: '技术合同',
  registries: '名录',
};

/**
 * Tells the uploader how an import ended (import.finished): its check done (results to review,
 * then confirm), its rows imported, or the import failed with the reason. An import runs long
 * and in the background; the uploader has usually left the page.
 */
@Injectable()
export class ImportNoticesHandler implements JobHandler, OnModuleInit {
  readonly queue = IMPORT_NOTICES_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly imports: ImportJobRepository,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([IMPORT_FINISHED], this);
  }

  handle(jobs: Job[], ctx: JobContext): Promise<void> {
    return this.notifications.notifyEach(ctx, jobs, (job) => this.noticesOf(job));
  }

  private async noticesOf(job: Job): Promise<NotificationInput[]> {
    const e = job.payload as unknown as ImportFinishedEvent;
    const r = await this.imports.find(this.ds.manager, e.importId);
    if (!r) return [];
    const what = `${KIND[r.kind]}导入「${r.file_name}」`;
    const [title, body] =
      e.status === 'validated'
        ? [
            `导入检查完成：${r.file_name}`,
            `${what}已检查完毕：${r.valid_rows} 行可导入，${r.problem_rows} 行有问题。请查看结果并确认导入。`,
          ]
        : e.status === 'committed'
          ? [`导入完成：${r.file_name}`, `${what}已完成，共导入 ${r.imported_rows} 行，跳过 ${r.skipped_rows} 行。`]
          : [`导入失败：${r.file_name}`, `${what}失败：${r.error_message ?? '未知原因'}`];
    return [
      {
        recipientUserId: r.created_by,
        kind: 'import_finished',
        title,
        body,
        link: `/imports/${r.id}`,
        payload: { importId: r.id, status: e.status },
        mail: true,
        dedupeKey: `${IMPORT_FINISHED}:${job.id}:${r.created_by}`,
      },
    ];
  }
}
