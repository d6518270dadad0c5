import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RegionService } from '../../reference/src/index.js';
import { decide, isBureau, isPlatformAdmin, POLICY_TABLE, type Principal } from '../../shared/auth/index.js';
import { ImportsConfig } from '../../shared/config/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { queueImportPass } from './import-runner.js';
import { toJobView, type ImportJobRow } from './import-job.row.js';
import { ImportJobRepository, type JobStatusChange } from './import-job.repository.js';
import type { ImportJobView, ImportKind, ImportPhase, ImportProblem } from './import.types.js';
import { ImportFileTooLargeError, ImportsError, ImportsErrorCode } from './imports.errors.js';
import { checkUploadedFile } from './parsing/file-check.js';
import type { FileStore } from '../../shared/storage/index.js';
import { IMPORT_FILES } from './import-files.js';
import { isUuid } from '../../shared/validation/index.js';

/** An uploaded file as the HTTP layer put it into the import FileStore (IMPORT_FILES). */
export interface UploadedFile {
  key: string;
  originalName: string;
  size: number;
  sha256: string;
}

export interface CreateImportInput {
  kind: ImportKind;
  /** The region the import writes to; default the bureau's own. */
  regionCode?: string;
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
    private readonly jobs: ImportJobRepository,
    @Inject(IMPORT_FILES) private readonly files: FileStore,
  ) {}

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
    // The stored file stays only when this call's transaction recorded it in a new job (not on a refusal or a replay).
    let recorded = false;
    try {
      this.assertImporter(p);
      const regionCode = await this.scopeFor(p, input.regionCode);
      // The HTTP layer stops the upload at the limit while it streams; this guards other callers.
      if (file.size > this.cfg.maxBytes) throw new ImportFileTooLargeError(this.cfg.maxBytes);
      const checked = await this.files.withLocalFile(file.key, (path) =>
        checkUploadedFile(path, file.originalName, this.cfg.limits),
      );
      const request = { kind: input.kind, regionCode, digest: file.sha256 };
      const view = await this.idempotency.once({ scope: `import.create:${p.userId}`, key, request }, async (em) => {
        const id = randomUUID();
        const row = await this.jobs.insert(em, {
          id,
          kind: input.kind,
          format: checked.format,
          encoding: checked.encoding,
          fileName: file.originalName.slice(0, 255) || 'upload',
          fileKey: file.key,
          fileSize: file.size,
          fileSha256: file.sha256,
          orgId: p.orgId,
          createdBy: p.userId,
          regionCode,
        });
        await queueImportPass(em, id);
        recorded = true;
        return this.view(row);
      });
      return view;
    } catch (err) {
      recorded = false;
      throw err;
    } finally {
      if (!recorded) await this.files.delete(file.key).catch(() => undefined);
    }
  }

  private async load(p: Principal, id: string, lock = false, em = this.ds.manager): Promise<ImportJobRow> {
    this.assertImporter(p);
    if (!isUuid(id)) throw new ImportsError(ImportsErrorCode.IMPORT_NOT_FOUND, '导入任务不存在', { id });
    const row = await this.jobs.find(em, id, lock);
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
    const { rows, total } = await this.jobs.page(
      this.ds.manager,
      isPlatformAdmin(p) ? null : p.regionCode,
      page.pageSize,
      pageOffset(page),
    );
    return toPage(
      rows.map((r) => this.view(r)),
      total,
      page,
    );
  }

  /** Problems of the job's current pass (or of `phase`), by row. */
  async problems(p: Principal, id: string, page: PageRequest, phase?: ImportPhase): Promise<Page<ImportProblem>> {
    const job = await this.load(p, id);
    const { rows, total } = await this.jobs.problems(
      this.ds.manager,
      id,
      phase ?? job.phase,
      page.pageSize,
      pageOffset(page),
    );
    return toPage(rows, total, page);
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
      const row = await this.jobs.change(em, id, 'queue-commit');
      await queueImportPass(em, id);
      return this.view(row);
    });
  }

  /** Queued or validated jobs stop at once; a running job stops between two batches. */
  async cancel(p: Principal, id: string): Promise<ImportJobView> {
    return this.ds.transaction(async (em) => {
      const job = await this.load(p, id, true, em);
      let change: JobStatusChange;
      if (['validation_queued', 'commit_queued', 'validated'].includes(job.status)) change = 'cancel';
      else if (['validating', 'committing'].includes(job.status)) change = 'request-cancel';
      else
        throw new ImportsError(ImportsErrorCode.IMPORT_INVALID_STATE, `任务已结束（${job.status}），不能取消`, {
          status: job.status,
        });
      return this.view(await this.jobs.change(em, id, change));
    });
  }
}
