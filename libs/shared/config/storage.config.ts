import { isAbsolute, join, resolve } from 'node:path';
import { IsString } from 'class-validator';
import { IntSetting, validateEnv, type Env } from './env-schema.js';

class StorageEnv {
  @IsString()
  DATA_DIR: string = '.data';

  /** Where stored files are kept (libs/shared/storage, DiskFileStore); default `<DATA_DIR>/files`. */
  @IsString()
  STORAGE_DIR: string = '';

  // A scanned 30-page contract at 300 dpi is 5–15 MB as PDF; 20 MB leaves room without letting one upload fill a disk.
  @IntSetting(1, 200)
  ATTACHMENT_MAX_MB: number = 20;

  // The contract text, its annexes (technical specification, IP certificates, acceptance report) and scans of stamps: a dozen or so.
  @IntSetting(1, 200)
  ATTACHMENT_MAX_PER_CONTRACT: number = 20;
}

const MB = 1024 * 1024;

/** Stored files (the FileStore port's disk adapter) and the limits on contract attachments. */
export class StorageConfig {
  constructor(
    readonly dir: string,
    readonly attachmentMaxBytes: number,
    readonly attachmentMaxPerContract: number,
  ) {}

  static fromEnv(env: Env): StorageConfig {
    const e = validateEnv(StorageEnv, env);
    const dir = e.STORAGE_DIR || join(e.DATA_DIR, 'files');
    return new StorageConfig(
      isAbsolute(dir) ? dir : resolve(dir),
      e.ATTACHMENT_MAX_MB * MB,
      e.ATTACHMENT_MAX_PER_CONTRACT,
    );
  }
}
