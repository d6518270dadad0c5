import { Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ATTACHMENT_TYPES, AttachmentService } from '../../../../libs/contracts/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, contentDisposition, IdempotencyKey } from '../../../../libs/shared/http/index.js';
import { utf8Name, type StoredPart } from '../file-uploads.js';
import { DeleteRoute, GetRoute, Operation } from '../openapi/routes.js';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor.js';
import { AttachmentListDto, AttachmentViewDto } from './attachment-views.dto.js';
import { AttachmentParamDto, ContractIdParamDto } from './contracts.dto.js';

/** The contract text and annexes: uploaded by the contract's writers while editable, read by its parties and registry. */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentService) {}

  private async listing(id: string): Promise<AttachmentListDto> {
    const { maxBytes, maxPerContract } = this.attachments.limits;
    return {
      items: await this.attachments.list(id),
      maxBytes,
      maxPerContract,
      allowedTypes: Object.keys(ATTACHMENT_TYPES),
    };
  }

  @Post()
  @Operation('contract.attachment.upload', '上传合同文本或附件（PDF、PNG、JPEG；草稿或被退回时）')
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiIdempotencyKey(false)
  @ApiCreatedResponse({ type: AttachmentViewDto })
  upload(
    @Param() p: ContractIdParamDto,
    @UploadedFile() file: StoredPart | undefined,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.attachments.add(
      user,
      p.id,
      file
        ? { key: file.key, name: utf8Name(file.originalname), size: file.size, sha256: file.sha256, head: file.head }
        : undefined,
      key,
    );
  }

  @GetRoute(undefined, AttachmentListDto, {
    policy: 'contract.attachment.list',
    summary: '合同的附件（合同各方与登记机关）',
  })
  list(@Param() p: ContractIdParamDto) {
    return this.listing(p.id);
  }

  @Get(':attachmentId')
  @Operation('contract.attachment.download', '下载合同附件')
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  async download(@Param() p: AttachmentParamDto, @Res() res: Response): Promise<void> {
    const file = await this.attachments.download(p.id, p.attachmentId);
    const ext = ATTACHMENT_TYPES[file.mediaType].extensions[0];
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', contentDisposition(file.name, `attachment.${ext}`));
    // The type is the one told from the bytes at upload: the browser must not guess another.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    file.body.on('error', (err) => res.destroy(err));
    file.body.pipe(res);
  }

  @DeleteRoute(':attachmentId', AttachmentListDto, {
    policy: 'contract.attachment.delete',
    summary: '删除合同附件（草稿或被退回时）；答复删除后的附件列表',
  })
  async remove(@Param() p: AttachmentParamDto, @CurrentUser() user: Principal) {
    await this.attachments.remove(user, p.id, p.attachmentId);
    return this.listing(p.id);
  }
}
