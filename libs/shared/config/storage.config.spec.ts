import { isAbsolute } from 'node:path';
import { StorageConfig } from './storage.config.js';

describe('storage config', () => {
  it('keeps files under <DATA_DIR>/files with 20 MB and 20 attachments a contract by default', () => {
    const cfg = StorageConfig.fromEnv({ DATA_DIR: '/srv/tm' });
    expect(cfg).toEqual({ dir: '/srv/tm/files', attachmentMaxBytes: 20 * 1024 * 1024, attachmentMaxPerContract: 20 });
  });

  it('resolves a relative STORAGE_DIR and takes the limits', () => {
    const cfg = StorageConfig.fromEnv({
      STORAGE_DIR: 'store',
      ATTACHMENT_MAX_MB: '5',
      ATTACHMENT_MAX_PER_CONTRACT: '3',
    });
    expect(isAbsolute(cfg.dir)).toBe(true);
    expect(cfg.attachmentMaxBytes).toBe(5 * 1024 * 1024);
    expect(cfg.attachmentMaxPerContract).toBe(3);
  });

  it('refuses a limit out of range in one line naming the variable', () => {
    expect(() => StorageConfig.fromEnv({ ATTACHMENT_MAX_MB: '0' })).toThrow(
      /^Invalid configuration: ATTACHMENT_MAX_MB must be an integer between 1 and 200 \(got "0"\)$/,
    );
    expect(() => StorageConfig.fromEnv({ ATTACHMENT_MAX_PER_CONTRACT: 'many' })).toThrow(/ATTACHMENT_MAX_PER_CONTRACT/);
  });
});
