import { Inject, Injectable } from '@nestjs/common';
import { IMPORT_FILES, ImportFileTooLargeError } from '../../../../libs/imports/src/index.js';
import { ImportsConfig } from '../../../../libs/shared/config/index.js';
import type { FileStore } from '../../../../libs/shared/storage/index.js';
import { StoredUploadInterceptor } from '../file-uploads.js';

/**
 * An import upload's `file` part (beside the small fields kind and regionCode), IMPORT_MAX_MB
 * enforced while it streams: 413 IMPORT_FILE_TOO_LARGE, and the handler, which creates the
 * job, never runs.
 */
@Injectable()
export class ImportUploadInterceptor extends StoredUploadInterceptor {
  constructor(cfg: ImportsConfig, @Inject(IMPORT_FILES) files: FileStore) {
    super(files, {
      maxBytes: cfg.maxBytes,
      formOverheadBytes: 64 * 1024,
      fields: 10,
      tooLarge: () => new ImportFileTooLargeError(cfg.maxBytes),
    });
  }
}
