import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { ImportFileTooLargeError } from '../../../../libs/imports/src/index.js';
import { ImportsConfig } from '../../../../libs/shared/config/index.js';

/** Room for the multipart framing and the small fields (kind, regionCode) around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * multer storage engine: the file part streams to `<IMPORT_DIR>/incoming` (the volume the job's
 * file is kept on, so accepting it is a rename; never memory, never a small /tmp), and a
 * refused or aborted upload's partial file is deleted.
 */
function incomingFiles(dir: string) {
  return {
    _handleFile(
      _req: unknown,
      file: { stream: Readable },
      cb: (err: Error | null, info?: { path: string; size: number }) => void,
    ): void {
      const path = join(dir, `${randomUUID()}.part`);
      const write = async () => {
        await mkdir(dir, { recursive: true });
        const out = createWriteStream(path);
        await pipeline(file.stream, out);
        return out.bytesWritten;
      };
      write().then(
        (size) => cb(null, { path, size }),
        (err: Error) =>
          void unlink(path)
            .catch(() => undefined)
            .finally(() => cb(err)),
      );
    },
    _removeFile(_req: unknown, file: { path?: string }, cb: (err: Error | null) => void): void {
      if (!file.path) return cb(null);
      unlink(file.path).then(
        () => cb(null),
        (err: NodeJS.ErrnoException) => cb(err.code === 'ENOENT' ? null : err),
      );
    },
  };
}

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

  constructor(private readonly cfg: ImportsConfig) {
    const Multer = FileInterceptor('file');
    this.multer = new Multer({
      storage: incomingFiles(join(cfg.dir, 'incoming')),
      limits: { fileSize: cfg.maxBytes, files: 1, fields: 10 },
    });
  }

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const declared = Number(ctx.switchToHttp().getRequest<Request>().headers['content-length']);
    if (declared > this.cfg.maxBytes + FORM_OVERHEAD_BYTES) throw new ImportFileTooLargeError(this.cfg.maxBytes);
    try {
      return (await this.multer.intercept(ctx, next)) as Observable<unknown>;
    } catch (err) {
      if (err instanceof PayloadTooLargeException) throw new ImportFileTooLargeError(this.cfg.maxBytes);
      throw err;
    }
  }
}
