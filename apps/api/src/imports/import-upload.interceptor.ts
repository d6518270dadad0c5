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
import { IMPORT_FILES, ImportFileTooLargeError } from '../../../../libs/imports/src/index.js';
import { ImportsConfig } from '../../../../libs/shared/config/index.js';
import type { FileStore } from '../../../../libs/shared/storage/index.js';
import { discardOnError, storeParts } from '../file-uploads.js';

/** Room for the multipart framing and the small fields (kind, regionCode) around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Receives the `file` part of an import upload with IMPORT_MAX_MB enforced while it streams:
 * a body that declares more is refused before a byte is parsed; otherwise multer stops writing
 * at the limit, deletes the partial file and discards the rest of the body unparsed (so the
 * client reads the 413 instead of a reset connection). Either way the answer is 413
 * IMPORT_FILE_TOO_LARGE and the handler, which creates the job, never runs.
 */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(
    private readonly cfg: ImportsConfig,
    @Inject(IMPORT_FILES) private readonly files: FileStore,
  ) {
    const Multer = FileInterceptor('file');
    this.multer = new Multer({
      storage: storeParts(files),
      limits: { fileSize: cfg.maxBytes, files: 1, fields: 10 },
    });
  }

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const declared = Number(req.headers['content-length']);
    if (declared > this.cfg.maxBytes + FORM_OVERHEAD_BYTES) throw new ImportFileTooLargeError(this.cfg.maxBytes);
    try {
      return discardOnError((await this.multer.intercept(ctx, next)) as Observable<unknown>, this.files, req);
    } catch (err) {
      if (err instanceof PayloadTooLargeException) throw new ImportFileTooLargeError(this.cfg.maxBytes);
      throw err;
    }
  }
}
