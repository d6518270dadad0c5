import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { StorageConfig } from '../../shared/config/index.js';
import { IdempotencyService } from '../../shared/http/index.js';
import type { FileStore } from '../../shared/storage/index.js';
import { AttachmentRepository, type AttachmentView } from './attachment.repository.js';
import {
  ATTACHMENT_TYPES,
  attachmentNameProblem,
  detectAttachmentType,
  downloadName,
  type AttachmentMediaType,
} from './attachment.rules.js';
import { canApply } from './contract-status.js';
import { ContractRepository } from './contract.repository.js';
import {
  AttachmentNotFoundError,
  AttachmentTooLargeError,
  ContractNotFoundError,
  ContractsError,
  ContractsErrorCode,
} from './contracts.errors.js';

/** Injection token of the FileStore holding contract attachments (a DiskFileStore under STORAGE_DIR by default). */
export const CONTRACT_FILES = Symbol('CONTRACT_FILES');

/** An upload as the HTTP layer put it into the attachment store. */
export interface AttachmentUpload {
  key: string;
  name: string;
  size: number;
  sha256: string;
  /** The file's first bytes, to tell its type. */
  head: Buffer;
}

/** An attachment to send: its download name, real type and bytes. */
export interface AttachmentDownload {
  name: string;
  mediaType: AttachmentMediaType;
  size: number;
  body: Readable;
}

const typeNames = Object.values(ATTACHMENT_TYPES)
  .map((t) => t.label.replace(/ .*/, ''))
  .join('、');

/**
 * The contract text and annexes (合同文本与附件). Parties that write the contract (its seller,
 * or the broker who wrote it for them) add and remove them while the contract is a draft or
 * was returned (不予登记); from submission on they are frozen, so what the registry certifies
 * cannot change under it (a returned contract opens them again). Who may list and download is
 * the policy table's concern (parties and the certifying registry); this service keeps the file
 * and its row together: the file is stored first and deleted again when its row is not written.
 */
@Injectable()
export class AttachmentService {
  private readonly logger = new Logger(AttachmentService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly contracts: ContractRepository,
    private readonly repo: AttachmentRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly cfg: StorageConfig,
    @Inject(CONTRACT_FILES) private readonly files: FileStore,
  ) {}

  get limits(): { maxBytes: number; maxPerContract: number } {
    return { maxBytes: this.cfg.attachmentMaxBytes, maxPerContract: this.cfg.attachmentMaxPerContract };
  }

  async add(
    principal: Principal,
    contractId: string,
    upload: AttachmentUpload | undefined,
    key?: string,
  ): Promise<AttachmentView> {
    if (!upload)
      throw new ContractsError(ContractsErrorCode.ATTACHMENT_FILE_MISSING, '请选择要上传的文件（表单字段 file）');
    let recorded = false;
    try {
      const name = upload.name.trim();
      const problem = attachmentNameProblem(upload.name);
      if (problem) throw new ContractsError(ContractsErrorCode.ATTACHMENT_NAME_INVALID, problem, { field: 'file' });
      if (upload.size > this.cfg.attachmentMaxBytes) throw new AttachmentTooLargeError(this.cfg.attachmentMaxBytes);
      const mediaType = detectAttachmentType(upload.head);
      if (!mediaType)
        throw new ContractsError(
          ContractsErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED,
          upload.size === 0
            ? '文件为空'
            : `只能上传 ${typeNames} 文件（按文件内容判断，与扩展名无关）；Word 等文件请先另存为 PDF`,
          { allowed: Object.keys(ATTACHMENT_TYPES) },
        );
      const request = { contractId, name, sha256: upload.sha256 };
      const view = await this.idempotency.once(
        { scope: `contract.attachment:${principal.userId}`, key, request },
        async (em) => {
          const c = await this.contracts.find(em, contractId, true);
          if (!c) throw new ContractNotFoundError(contractId);
          if (!canApply(c.status, 'edit'))
            throw new ContractsError(
              ContractsErrorCode.ATTACHMENTS_FROZEN,
              c.status === 'certified'
                ? '合同已认定登记，附件不能再修改'
                : '合同已提交认定登记，审查期间附件不能修改；如被退回可修改后重新提交',
              { status: c.status },
            );
          // The contract's row lock serialises uploads to it, so two at once cannot both pass the count.
          const count = await this.repo.count(em, contractId);
          if (count >= this.cfg.attachmentMaxPerContract)
            throw new ContractsError(
              ContractsErrorCode.ATTACHMENT_LIMIT_REACHED,
              `每份合同最多 ${this.cfg.attachmentMaxPerContract} 个附件，请先删除不需要的附件`,
              { limit: 'ATTACHMENT_MAX_PER_CONTRACT', max: this.cfg.attachmentMaxPerContract },
            );
          const id = await this.repo.insert(em, {
            contractId,
            fileKey: upload.key,
            name,
            mediaType,
            sizeBytes: upload.size,
            sha256: upload.sha256,
            userId: principal.userId,
            orgId: principal.orgId,
          });
          await this.audit.record(em, {
            actor: principal,
            action: 'contract.attachment_add',
            targetType: 'tech_contract',
            targetId: contractId,
            regionCode: c.seller_region_code,
            after: { attachmentId: id, name, mediaType, sizeBytes: upload.size, sha256: upload.sha256 },
          });
          recorded = true;
          return (await this.repo.view(em, id))!;
        },
      );
      return view;
    } catch (err) {
      recorded = false;
      throw err;
    } finally {
      // Refused, rolled back or a replay of an earlier upload: the file just stored belongs to no row.
      if (!recorded) await this.files.delete(upload.key).catch(() => undefined);
    }
  }

  list(contractId: string): Promise<AttachmentView[]> {
    return this.repo.list(this.ds.manager, contractId);
  }

  async download(contractId: string, id: string): Promise<AttachmentDownload> {
    const file = await this.repo.file(this.ds.manager, contractId, id);
    if (!file) throw new AttachmentNotFoundError(id);
    const { size, body } = await this.files.stream(file.fileKey);
    return { name: downloadName(file.name, file.mediaType), mediaType: file.mediaType, size, body };
  }

  async remove(principal: Principal, contractId: string, id: string): Promise<void> {
    const file = await this.ds.transaction(async (em) => {
      const c = await this.contracts.find(em, contractId, true);
      if (!c) throw new ContractNotFoundError(contractId);
      const found = await this.repo.file(em, contractId, id);
      if (!found) throw new AttachmentNotFoundError(id);
      if (!canApply(c.status, 'edit'))
        throw new ContractsError(ContractsErrorCode.ATTACHMENTS_FROZEN, '合同已提交认定登记，附件不能删除', {
          status: c.status,
        });
      await this.repo.delete(em, contractId, id);
      await this.audit.record(em, {
        actor: principal,
        action: 'contract.attachment_delete',
        targetType: 'tech_contract',
        targetId: contractId,
        regionCode: c.seller_region_code,
        before: { attachmentId: id, name: found.name, mediaType: found.mediaType, sizeBytes: found.sizeBytes },
      });
      return found;
    });
    // After the commit: a failed delete leaves an unreferenced file (logged), never a row without its file.
    await this.files
      .delete(file.fileKey)
      .catch((err: Error) =>
        this.logger.warn(`attachment ${id}: stored file ${file.fileKey} not deleted: ${err.message}`),
      );
  }
}
