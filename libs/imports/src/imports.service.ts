import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RegionService } from '../../reference/src/index.js';
import { decide, isBureau, isPlatformAdmin, POLICY_TABLE, type Principal } from '../../shared/auth/index.js';
import { ImportsConfig } from '../../shared/config/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { JobQueue } from '../../shared/jobs/index.js';
import { IMPORTS_QUEUE } from './import-runner.js';
import { toJobView, type ImportJobRow } from './import-job.row.js';
import type { ImportJobView, ImportKind, ImportPhase, ImportProblem } from './import.types.js';
import { ImportFileTooLargeError, ImportsError, ImportsErrorCode } from './imports.errors.js';
import { checkUploadedFile } from './parsing/file-check.js';

/** An uploaded file as the HTTP layer saved it to disk. */
export interface UploadedFile {
  path: string;
  originalName: string;
  size: number;
}

export interface CreateImportInput {
  kind: ImportKind;
  /** The region the import writes to; default the bureau's own. */
  regionCode?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function sha256(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/**
 * Import jobs as the API sees them: upload (file checked before a job exists), progress,
 * problems, commit and cancel. Bureau staff act within their region subtree, the platform
 * admin anywhere; the work itself runs in ImportRunner (the worker).
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly cfg: ImportsConfig,
    private readonly regions: RegionService,
    private readonly idempotency: IdempotencyService,
    private readonly jobs: JobQueue,
  ) {}

  /** The pass's job, in the transaction that queues the import (one key per import: passes run in order). */
  private queuePass(em: EntityManager, importId: string): Promise<void> {
    return this.jobs.enqueue(em, { queue: IMPORTS_QUEUE, key: `import:${importId}`, payload: { importId } });
  }

  private view(row: ImportJobRow): ImportJobView {
    return toJobView(row, this.cfg.maxProblemsStored);
  }

  private assertImporter(p: Principal): void {
    if (!isBureau(p) && !isPlatformAdmin(p))
      throw new ImportsError(ImportsErrorCode.IMPORT_FORBIDDEN, '只有科技局工作人员或平台管理员可以批量导入');
  }

  private async scopeFor(p: Principal, requested: string | undefined): Promise<string | null> {
    if (isPlatformAdmin(p)) {
      if (requested) await this.regions.assertExists(requested);
      return requested ?? null;
    }
    const region = requested ?? p.regionCode;
    // The upload's region rides in its multipart body, which the guard does not read: the policy table's row is checked here.
    if (!decide(POLICY_TABLE['import.create.region'], p, { regions: { target: region } }, this.regions).allow)
      throw new ImportsError(ImportsErrorCode.IMPORT_OUT_OF_REGION, `地区 ${region} 不在本局辖区内`, {
        regionCode: region,
      });
    return region;
  }

  /**
   * Stores the upload and creates its job. With an Idempotency-Key, a retried upload of the same
   * file (same kind and region) answers the first job instead of creating a second.
   */
  async create(
    p: Principal,
    input: CreateImportInput,
    file: UploadedFile | undefined,
    key?: string,
  ): Promise<ImportJobView> {
    if (!file) throw new ImportsError(ImportsErrorCode.IMPORT_FILE_MISSING, '请上传文件（表单字段 file）');
    try {
      this.assertImporter(p);
      const regionCode = await this.scopeFor(p, input.regionCode);
      // The HTTP layer stops the upload at the limit while it streams; this guards other callers.
      if (file.size > this.cfg.maxBytes) throw new ImportFileTooLargeError(this.cfg.maxBytes);
      const checked = await checkUploadedFile(file.path, file.originalName, this.cfg.limits);
      const digest = await sha256(file.path);
      const request = { kind: input.kind, regionCode, digest };
      return await this.idempotency.once({ scope: `import.create:${p.userId}`, key, request }, async (em) => {
        const id = randomUUID();
        await mkdir(this.cfg.dir, { recursive: true });
        const stored = join(this.cfg.dir, `${id}.${checked.format}`);
        await rename(file.path, stored).catch(async (err: NodeJS.ErrnoException) => {
          if (err.code !== 'EXDEV') throw err;
          await copyFile(file.path, stored);
          await unlink(file.path);
        });
        const size = (await stat(stored)).size;
        const [row]: ImportJobRow[] = await em.query(
          `INSERT INTO import_job (id, kind, format, encoding, file_name, file_path, file_size, file_sha256, org_id, created_by, region_code)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
          [
            id,
            input.kind,
            checked.format,
            checked.encoding,
            file.originalName.slice(0, 255) || 'upload',
            stored,
            size,
            digest,
            p.orgId,
            p.userId,
            regionCode,
          ],
        );
        await this.queuePass(em, id);
        return this.view(row!);
      });
    } finally {
      await unlink(file.path).catch(() => undefined);
    }
  }

  private async load(p: Principal, id: string, lock = false, em = this.ds.manager): Promise<ImportJobRow> {
    this.assertImporter(p);
    if (!UUID.test(id)) throw new ImportsError(ImportsErrorCode.IMPORT_NOT_FOUND, '导入任务不存在', { id });
    const [row]: ImportJobRow[] = await em.query(`SELECT * FROM import_job WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
    ]);
    if (!row) throw new ImportsError(ImportsErrorCode.IMPORT_NOT_FOUND, '导入任务不存在', { id });
    if (!isPlatformAdmin(p)) {
      const within = row.region_code !== null && (await this.regions.isWithin(row.region_code, p.regionCode));
      if (!within) throw new ImportsError(ImportsErrorCode.IMPORT_OUT_OF_REGION, '该导入任务不属于本局辖区', { id });
    }
    return row;
  }

  async get(p: Principal, id: string): Promise<ImportJobView> {
    return this.view(await this.load(p, id));
  }

  /** Jobs in the caller's region subtree (platform admin: all), newest first. */
  async list(p: Principal, page: PageRequest): Promise<Page<ImportJobView>> {
    this.assertImporter(p);
    const scoped = !isPlatformAdmin(p);
    const where = scoped
      ? `WHERE region_code IN (SELECT descendant_code FROM region_closure WHERE ancestor_code = $3)`
      : '';
    const params: unknown[] = [page.pageSize, pageOffset(page), ...(scoped ? [p.regionCode] : [])];
    const rows: (ImportJobRow & { total: number })[] = await this.ds.query(
      `SELECT *, count(*) OVER ()::int AS total FROM import_job ${where} ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      params,
    );
    return toPage(
      rows.map((r) => this.view(r)),
      rows[0]?.total ?? 0,
      page,
    );
  }

  /** Problems of the job's current pass (or of `phase`), by row. */
  async problems(p: Principal, id: string, page: PageRequest, phase?: ImportPhase): Promise<Page<ImportProblem>> {
    const job = await this.load(p, id);
    const rows: (ImportProblem & { total: number })[] = await this.ds.query(
      `SELECT row_no AS row, column_name AS column, code, message, count(*) OVER ()::int AS total
         FROM import_problem WHERE job_id = $1 AND phase = $2 ORDER BY row_no, id LIMIT $3 OFFSET $4`,
      [id, phase ?? job.phase, page.pageSize, pageOffset(page)],
    );
    return toPage(
      rows.map(({ total: _, ...problem }) => problem),
      rows[0]?.total ?? 0,
      page,
    );
  }

  /** validated → commit_queued: the worker imports every valid row. */
  async commit(p: Principal, id: string): Promise<ImportJobView> {
    return this.ds.transaction(async (em) => {
      const job = await this.load(p, id, true, em);
      if (job.status !== 'validated')
        throw new ImportsError(
          ImportsErrorCode.IMPORT_INVALID_STATE,
          `任务状态为 ${job.status}，只有校验完成（validated）的任务可以导入`,
          { status: job.status },
        );
      const [[row]]: [ImportJobRow[], number] = await em.query(
        `UPDATE import_job SET status = 'commit_queued', phase = 'commit', rows_done = 0, cursor_row = 0, imported_rows = 0, skipped_rows = 0,
                commit_problems = 0, attempts = 0, started_at = NULL, finished_at = NULL, updated_at = now() WHERE id = $1 RETURNING *`,
        [id],
      );
      await this.queuePass(em, id);
      return this.view(row!);
    });
  }

  /** Queued or validated jobs stop at once; a running job stops between two batches. */
  async cancel(p: Principal, id: string): Promise<ImportJobView> {
    return this.ds.transaction(async (em) => {
      const job = await this.load(p, id, true, em);
      let sql: string;
      if (['validation_queued', 'commit_queued', 'validated'].includes(job.status))
        sql = `status = 'cancelled', cancel_requested = true, finished_at = now()`;
      else if (['validating', 'committing'].includes(job.status)) sql = `cancel_requested = true`;
      else
        throw new ImportsError(ImportsErrorCode.IMPORT_INVALID_STATE, `任务已结束（${job.status}），不能取消`, {
          status: job.status,
        });
      const [[row]]: [ImportJobRow[], number] = await em.query(
        `UPDATE import_job SET ${sql}, updated_at = now() WHERE id = $1 RETURNING *`,
        [id],
      );
      return this.view(row!);
    });
  }
}
