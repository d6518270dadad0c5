import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  FileTooLargeError,
  StoredFileMissingError,
  type FileStore,
  type PutOptions,
  type StoredFile,
} from './file-store.js';

// A UUID, optionally with a short extension: import files stored before the port were `<uuid>.xlsx`.
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z0-9]{1,8})?$/;

/**
 * FileStore on the local disk: `<root>/<key>`, written first to `<root>/.partial/<key>` and
 * renamed into place when complete (a rename within one folder tree is atomic, so a crash
 * leaves at most a file in .partial, never a half file under a key). Keys are UUIDs this store
 * made (or older ones with an extension); anything else is refused before it reaches a path, so
 * no key can walk out of `root`.
 */
export class DiskFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new StoredFileMissingError(key);
    return join(this.root, key);
  }

  async put(source: Readable, options: PutOptions = {}): Promise<StoredFile> {
    const key = randomUUID();
    const partial = join(this.root, '.partial', key);
    await mkdir(join(this.root, '.partial'), { recursive: true });
    const hash = createHash('sha256');
    const headBytes = options.headBytes ?? 64;
    const head: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (options.maxBytes !== undefined && size > options.maxBytes)
          return done(new FileTooLargeError(options.maxBytes));
        if (headLength < headBytes) {
          const part = chunk.subarray(0, headBytes - headLength);
          head.push(part);
          headLength += part.length;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const out = createWriteStream(partial);
    try {
      await pipeline(source, measure, out);
      await rename(partial, this.pathOf(key));
    } catch (err) {
      // The file is opened asynchronously: a refusal can come before it exists. Unlinking only
      // after the stream has closed leaves nothing behind (an unlink first left the file once).
      if (!out.closed) await once(out, 'close').catch(() => undefined);
      await unlink(partial).catch(() => undefined);
      throw err;
    }
    return { key, size, sha256: hash.digest('hex'), head: Buffer.concat(head) };
  }

  async get(key: string): Promise<Buffer> {
    const { body } = await this.stream(key);
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async stream(key: string): Promise<{ size: number; body: Readable }> {
    const path = this.pathOf(key);
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'ENOENT' ? new StoredFileMissingError(key) : err;
    });
    return { size: info.size, body: createReadStream(path) };
  }

  async delete(key: string): Promise<void> {
    if (!KEY.test(key)) return;
    await unlink(join(this.root, key)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }

  async withLocalFile<T>(key: string, use: (path: string) => Promise<T>): Promise<T> {
    return use(this.pathOf(key));
  }
}
