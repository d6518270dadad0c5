import {
  Inject,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import {
  ATTACHMENT_SNIFF_BYTES,
  AttachmentTooLargeError,
  CONTRACT_FILES,
} from '../../../../libs/contracts/src/index.js';
import { StorageConfig } from '../../../../libs/shared/config/index.js';
import type { FileStore } from '../../../../libs/shared/storage/index.js';
import { discardOnError, storeParts } from '../file-uploads.js';

/** Room for the multipart framing around the one file part. */
const FORM_OVERHEAD_BYTES = 16 * 1024;

/**
 * Receives the `file` part of a contract attachment with ATTACHMENT_MAX_MB enforced while it
 * streams (a body declaring more is refused before a byte is read; past the limit multer stops
 * and the partial file is deleted): 413 ATTACHMENT_TOO_LARGE. One file, no other fields. The
 * stored file is deleted again whenever the request fails afterwards.
 */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(
    private readonly cfg: StorageConfig,
    @Inject(CONTRACT_FILES) private readonly files: FileStore,
  ) {
    const Multer = FileInterceptor('file');
    this.multer = new Multer({
      storage: storeParts(files, ATTACHMENT_SNIFF_BYTES),
      limits: { fileSize: cfg.attachmentMaxBytes, files: 1, fields: 0 },
    });
  }

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const declared = Number(req.headers['content-length']);
    if (declared > this.cfg.attachmentMaxBytes + FORM_OVERHEAD_BYTES)
      throw new AttachmentTooLargeError(this.cfg.attachmentMaxBytes);
    try {
      return discardOnError((await this.multer.intercept(ctx, next)) as Observable<unknown>, this.files, req);
    } catch (err) {
      if (err instanceof PayloadTooLargeException) throw new AttachmentTooLargeError(this.cfg.attachmentMaxBytes);
      throw err;
    }
  }
}
