import { Inject, Injectable } from '@nestjs/common';
import {
  ATTACHMENT_SNIFF_BYTES,
  AttachmentTooLargeError,
  CONTRACT_FILES,
} from '../../../../libs/contracts/src/index.js';
import { StorageConfig } from '../../../../libs/shared/config/index.js';
import type { FileStore } from '../../../../libs/shared/storage/index.js';
import { StoredUploadInterceptor } from '../file-uploads.js';

/**
 * A contract attachment's `file` part, ATTACHMENT_MAX_MB enforced while it streams: 413
 * ATTACHMENT_TOO_LARGE. One file, no other fields.
 */
@Injectable()
export class AttachmentUploadInterceptor extends StoredUploadInterceptor {
  constructor(cfg: StorageConfig, @Inject(CONTRACT_FILES) files: FileStore) {
    super(files, {
      maxBytes: cfg.attachmentMaxBytes,
      formOverheadBytes: 16 * 1024,
      fields: 0,
      headBytes: ATTACHMENT_SNIFF_BYTES,
      tooLarge: () => new AttachmentTooLargeError(cfg.attachmentMaxBytes),
    });
  }
}
