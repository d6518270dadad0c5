import type { Readable } from 'node:stream';
import {
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import type { FileStore, StoredFile } from '../../../libs/shared/storage/index.js';

/** What the storage engine hands the handler for a file part: stored (never held in memory) with its first bytes. */
export type StoredPart = StoredFile & { originalname: string };

/**
 * multer storage engine over a FileStore (libs/shared/storage): the file part streams into the
 * store and becomes visible under its key only once complete; a part multer refuses afterwards
 * (past the size limit, one file too many) is deleted again. `headBytes`: how many leading bytes
 * to keep for telling the file's type.
 */
export function storeParts(store: FileStore, headBytes = 64) {
  return {
    _handleFile(_req: unknown, file: { stream: Readable }, cb: (err: Error | null, info?: StoredFile) => void): void {
      store.put(file.stream, { headBytes }).then(
        (stored) => cb(null, stored),
        (err: Error) => cb(err),
      );
    },
    _removeFile(_req: unknown, file: { key?: string }, cb: (err: Error | null) => void): void {
      if (!file.key) return cb(null);
      store.delete(file.key).then(
        () => cb(null),
        (err: Error) => cb(err),
      );
    },
  };
}

/** busboy hands over multipart file names as latin1 unless they already hold wider characters. */
export function utf8Name(name: string): string {
  // eslint-disable-next-line no-control-regex -- the range from U+0000 is the point: any character wider than latin1
  return /[^\u0000-\u00ff]/.test(name) ? name : Buffer.from(name, 'latin1').toString('utf8');
}

/**
 * The handler's answer, with the stored part deleted when the request fails after the upload
 * (a path or field refused by the validation pipe, a service refusal): the handler never took
 * the file, so nothing else would. Deleting is idempotent, so a service that already removed it is fine.
 */
export function discardOnError(answer: Observable<unknown>, store: FileStore, req: Request): Observable<unknown> {
  return answer.pipe(
    catchError((err: unknown) => {
      const key = (req as Request & { file?: { key?: string } }).file?.key;
      if (!key) return throwError(() => err);
      return from(store.delete(key).catch(() => undefined)).pipe(mergeMap(() => throwError(() => err)));
    }),
  );
}

/** The limits of one upload route, and its own 413. */
export interface UploadLimits {
  maxBytes: number;
  /** Room for the multipart framing (and the small fields) around the file part. */
  formOverheadBytes: number;
  /** Form fields besides the file. */
  fields: number;
  /** Leading bytes kept for telling the file's type. */
  headBytes?: number;
  tooLarge(): Error;
}

/**
 * Receives the one `file` part of an upload into a FileStore with the size limit enforced while
 * it streams: a body that declares more is refused before a byte is parsed; otherwise multer
 * stops writing at the limit, deletes the partial file and discards the rest of the body
 * unparsed (so the client reads the 413 instead of a reset connection). The stored file is
 * deleted again whenever the request fails afterwards. Each route subclasses it with its limits.
 */
export abstract class StoredUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  protected constructor(
    private readonly files: FileStore,
    private readonly limits: UploadLimits,
  ) {
    const Multer = FileInterceptor('file');
    this.multer = new Multer({
      storage: storeParts(files, limits.headBytes),
      limits: { fileSize: limits.maxBytes, files: 1, fields: limits.fields },
    });
  }

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const declared = Number(req.headers['content-length']);
    if (declared > this.limits.maxBytes + this.limits.formOverheadBytes) throw this.limits.tooLarge();
    try {
      return discardOnError((await this.multer.intercept(ctx, next)) as Observable<unknown>, this.files, req);
    } catch (err) {
      if (err instanceof PayloadTooLargeException) throw this.limits.tooLarge();
      throw err;
    }
  }
}
