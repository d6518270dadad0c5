import { isAbsolute, join, resolve } from 'node:path';
import { envConfig, int, megabytes, text } from './env-schema.js';

/** Stored files (the FileStore port's disk adapter) and the limits on contract attachments. */
export class StorageConfig extends envConfig(
  {
    dataDir: text('DATA_DIR', '.data'),
    /** Where stored files are kept (libs/shared/storage, DiskFileStore); default `<DATA_DIR>/files`. */
    dir: text('STORAGE_DIR', ''),
    // A scanned 30-page contract at 300 dpi is 5–15 MB as PDF; 20 MB leaves room without letting one upload fill a disk.
    attachmentMaxBytes: megabytes('ATTACHMENT_MAX_MB', 20, 1, 200),
    // The contract text, its annexes (technical specification, IP certificates, acceptance report) and scans of stamps: a dozen or so.
    attachmentMaxPerContract: int('ATTACHMENT_MAX_PER_CONTRACT', 20, 1, 200),
  },
  ({ dataDir, dir, ...rest }) => {
    const chosen = dir || join(dataDir, 'files');
    return { ...rest, dir: isAbsolute(chosen) ? chosen : resolve(chosen) };
  },
) {}
