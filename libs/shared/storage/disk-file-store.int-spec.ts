import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DiskFileStore } from './disk-file-store.js';
import { FileTooLargeError, StoredFileMissingError } from './file-store.js';

describe('DiskFileStore (on a temporary folder)', () => {
  let root: string;
  let store: DiskFileStore;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'tm-store-'));
    store = new DiskFileStore(root);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores a stream under a new UUID key with its size, SHA-256 and first bytes', async () => {
    const put = await store.put(Readable.from([Buffer.from('%PDF-1.7\n'), Buffer.from('body')]), { headBytes: 4 });
    expect(put).toMatchObject({
      size: 13,
      sha256: createHash('sha256').update('%PDF-1.7\nbody').digest('hex'),
      head: Buffer.from('%PDF'),
    });
    expect(put.key).toMatch(/^[0-9a-f-]{36}$/);
    expect((await store.get(put.key)).toString()).toBe('%PDF-1.7\nbody');
    const { size, body } = await store.stream(put.key);
    expect(size).toBe(13);
    body.destroy();
    expect(await store.withLocalFile(put.key, async (path) => path)).toBe(join(root, put.key));
  });

  it('refuses a stream past the limit and keeps nothing of it', async () => {
    await expect(store.put(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 })).rejects.toThrow(
      FileTooLargeError,
    );
    expect(await readdir(root)).toEqual(['.partial']);
    expect(await readdir(join(root, '.partial'))).toEqual([]);
  });

  it('deletes idempotently and answers a missing or foreign key as missing, never a path outside its folder', async () => {
    const put = await store.put(Readable.from([Buffer.from('x')]));
    await store.delete(put.key);
    await store.delete(put.key);
    await expect(store.get(put.key)).rejects.toThrow(StoredFileMissingError);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(StoredFileMissingError);
    await expect(store.withLocalFile('../x', async (p) => p)).rejects.toThrow(StoredFileMissingError);
  });
});
