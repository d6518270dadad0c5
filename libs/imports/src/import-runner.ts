import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ImportsConfig } from '../../shared/config/index.js';
import {
  enqueueJobs,
  EventBus,
  JobRunner,
  type Job,
  type JobContext,
  type JobHandler,
} from '../../shared/jobs/index.js';
import { IMPORT_FINISHED, importFinished } from './import.events.js';
import { ImportBatch } from './import-batch.js';
import type { ImportJobRow } from './import-job.row.js';
import type { ImportPhase } from './import.types.js';
import { ImportJobErrorCode, ImportJobFailure } from './imports.errors.js';
import type { FileStore } from '../../shared/storage/index.js';
import { IMPORT_FILES } from './import-files.js';
import { ReferenceLoader } from './reference-loader.js';
import { RowReader } from './row-reader.js';
import type { RowResult } from './row-validation.js';
import { ImportPassRepository } from './import-pass.repository.js';

/** The job queue of import passes: one job per pass, queued with the import's state change (ImportsService). */
export const IMPORTS_QUEUE = 'imports.run';

/**
 * Queues the next pass of import `importId` (its dry run after upload, its commit), in the
 * transaction that sets the import's status for it. One key per import: its passes run in order.
 */
export function queueImportPass(em: EntityManager, importId: string): Promise<void> {
  return enqueueJobs(em, { queue: IMPORTS_QUEUE, key: `import:${importId}`, payload: { importId } });
}

/**
 * A running pass whose worker is silent this long is taken over (its worker died): every batch
 * extends the lease, so this bounds one batch, not the job.
 */
const LEASE_MS = 120_000;

const crashedMessage = (crashes: number) =>
  `导入任务处理中，后台进程已 ${crashes} 次意外退出（如内存不足或被强制结束），为保护系统已停止处理，不会再自动重试。请检查文件是否过大或内容异常，修改或拆分后重新上传；如仍有问题请联系平台管理员。`;

class Cancelled extends Error {}
/** The worker is shutting down: the job goes back to the queue, not counted as a crash. */
class Released extends Error {}

/**
 * Runs import passes from the job queue (lane `imports`, so an hour-long import never holds up
 * search indexing): takes the import (queued or, after a crash, still running → running, one
 * attempt more, committed before the file is opened), streams its file in batches (ImportBatch)
 * and either validates (dry run) or commits, extending the job's lease after every batch. A pass
 * whose runner died (out of memory, killed) IMPORT_MAX_RUNNER_CRASHES times is failed with
 * IMPORT_RUNNER_CRASHED when its job comes round again, instead of crashing the next worker too.
 * A worker that shuts down hands its job back between two batches, uncounted; a cancel stops a
 * pass between two batches. Tests call runOnce()/runUntilIdle() in their own process.
 */
@Injectable()
export class ImportRunner implements JobHandler, OnModuleInit {
  readonly queue = IMPORTS_QUEUE;
  readonly lane = 'imports';
  readonly batchSize = 1;
  readonly leaseMs = LEASE_MS;
  private readonly logger = new Logger(ImportRunner.name);
  /** Passes taken so far in this process (runUntilIdle answers how many it ran). */
  private passes = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly cfg: ImportsConfig,
    private readonly refs: ReferenceLoader,
    private readonly batches: ImportBatch,
    private readonly pass: ImportPassRepository,
    private readonly jobs: JobRunner,
    private readonly events: EventBus,
    @Inject(IMPORT_FILES) private readonly files: FileStore,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  /** Runs queued passes until none is left; returns how many ran. */
  async runUntilIdle(): Promise<number> {
    const before = this.passes;
    await this.jobs.drainUntilIdle({ queues: [IMPORTS_QUEUE] });
    return this.passes - before;
  }

  /** Takes and runs one queued pass; false when there was none. */
  async runOnce(): Promise<boolean> {
    return (await this.jobs.drainOnce({ queues: [IMPORTS_QUEUE] })).claimed > 0;
  }

  async handle(jobs: Job[], ctx: JobContext): Promise<void> {
    for (const job of jobs) await this.runPass(job, ctx);
  }

  private async runPass(queued: Job, ctx: JobContext): Promise<void> {
    const job = await this.pass.take(this.ds.manager, String(queued.payload.importId));
    // Cancelled (or otherwise finished) while it waited: nothing to run.
    if (!job) return;
    this.passes++;
    // Only a pass whose runner died is taken again while running (a finished or handed-back one
    // is not): every earlier runner died on this file, so it is not opened once more.
    if (job.attempts > this.cfg.maxRunnerCrashes) {
      await this.fail(
        job,
        new ImportJobFailure(ImportJobErrorCode.IMPORT_RUNNER_CRASHED, crashedMessage(job.attempts - 1), {
          crashes: job.attempts - 1,
          limit: 'IMPORT_MAX_RUNNER_CRASHES',
          value: this.cfg.maxRunnerCrashes,
        }),
      );
      this.logger.error(
        { jobId: job.id, crashes: job.attempts - 1 },
        'import job failed: its runner crashed repeatedly',
      );
      return;
    }
    try {
      await this.run(job, ctx);
    } catch (err) {
      if (err instanceof Cancelled) {
        await this.finish(job.id, 'cancelled');
      } else if (err instanceof Released) {
        await this.pass.handBack(this.ds.manager, job.id);
        ctx.retryLater(queued);
      } else {
        const failure =
          err instanceof ImportJobFailure
            ? err
            : new ImportJobFailure(ImportJobErrorCode.INTERNAL, '导入任务内部错误，请联系平台管理员');
        if (!(err instanceof ImportJobFailure))
          this.logger.error(
            { err: err instanceof Error ? (err.stack ?? err.message) : String(err), jobId: job.id },
            'import job failed',
          );
        await this.fail(job, failure);
      }
    }
  }

  private async fail(job: ImportJobRow, failure: ImportJobFailure): Promise<void> {
    await this.ds.transaction(async (em) => {
      await this.pass.failed(em, job.id, failure);
      await this.events.publish(em, IMPORT_FINISHED, importFinished({ importId: job.id, status: 'failed' }));
    });
  }

  private async finish(id: string, status: 'validated' | 'committed' | 'cancelled', totalRows?: number): Promise<void> {
    await this.ds.transaction(async (em) => {
      await this.pass.finished(em, id, status, totalRows);
      if (status !== 'cancelled')
        await this.events.publish(em, IMPORT_FINISHED, importFinished({ importId: id, status }));
    });
  }

  private async run(job: ImportJobRow, ctx: JobContext): Promise<void> {
    const phase: ImportPhase = job.status === 'validating' ? 'dry_run' : 'commit';
    const resumeAfter = phase === 'commit' ? job.cursor_row : 0;
    if (resumeAfter === 0) {
      await this.ds.transaction((em) => this.pass.restart(em, job.id, phase));
    }
    const ref = await this.refs.load(job.region_code, job.region_code);
    // One batch is written while the next ones are parsed and validated on the reader's thread
    // (issue 21). Batches still commit one after the other, in row order, so the cursor stays
    // exact; a failed batch surfaces at the next hand-over or at the end.
    let writing: Promise<void> | undefined;
    let seen = 0;
    try {
      await this.files.withLocalFile(job.file_key, async (path) => {
        const reader = new RowReader({
          path,
          format: job.format,
          encoding: job.encoding,
          limits: this.cfg.limits,
          kind: job.kind,
          ref,
          resumeAfter,
          batchSize: job.kind === 'contracts' ? this.cfg.contractBatchSize : this.cfg.batchSize,
          keysOnly: phase === 'dry_run' && job.kind === 'contracts',
        });
        for await (const rows of reader.batches()) {
          await writing;
          writing = this.batch(job, phase, rows, ctx);
          writing.catch(() => undefined); // awaited at the next hand-over; reading goes on meanwhile
        }
        seen = reader.seen;
      });
      await writing;
    } finally {
      // Never leave a batch transaction running behind a failure of the file.
      await writing?.catch(() => undefined);
    }
    if (phase === 'dry_run') await this.finish(job.id, 'validated', seen);
    else await this.finish(job.id, 'committed');
  }

  /** Between two batches: the heartbeat (the lease), a cancel, a worker stopping; then the batch. */
  private async batch(job: ImportJobRow, phase: ImportPhase, rows: RowResult[], ctx: JobContext): Promise<void> {
    const cancel = await this.pass.heartbeat(this.ds.manager, job.id);
    await ctx.heartbeat();
    if (cancel) throw new Cancelled();
    if (ctx.stopping) throw new Released();
    await this.batches.process(job, phase, rows);
  }
}
