import type { Readable } from 'node:stream';

/** What `put` stored: its key (a UUID the store chose), its size and its SHA-256. */
export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
  /** The first bytes of the file (up to `headBytes` of the put), to tell its type by magic bytes. */
  head: Buffer;
}

export interface PutOptions {
  /** Refuse (FileTooLargeError, nothing kept) once the stream passes this many bytes. */
  maxBytes?: number;
  /** How many leading bytes `StoredFile.head` returns (default 64). */
  headBytes?: number;
}

/** A stream passed `maxBytes` while it was stored; what was written is gone. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** A key that names no stored file (or is not a key this store hands out). */
export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`no stored file under key ${JSON.stringify(key)}`);
    this.name = 'StoredFileMissingError';
  }
}

/**
 * The storage port: files kept outside the database under keys the store chooses (UUIDs, never
 * a user's file name). A file is visible under its key only once it is complete, so a reader
 * never sees a partial upload; callers record the key in their own row after `put` and `delete`
 * the key when that row's transaction fails. The default adapter is DiskFileStore (a folder
 * under DATA_DIR); an object store would be another adapter of this interface.
 */
export interface FileStore {
  put(source: Readable, options?: PutOptions): Promise<StoredFile>;
  /** The whole file (small files: attachments of a few MB). */
  get(key: string): Promise<Buffer>;
  /** The file as a stream, with its size (for Content-Length). */
  stream(key: string): Promise<{ size: number; body: Readable }>;
  /** Removes the file; a key already gone is fine (deleting is idempotent). */
  delete(key: string): Promise<void>;
  /**
   * Runs `use` with a path on the local disk holding the file, for readers that need random
   * access (an XLSX's ZIP directory). The disk store passes its own file; a remote store would
   * download to a temporary file and remove it after `use` settles.
   */
  withLocalFile<T>(key: string, use: (path: string) => Promise<T>): Promise<T>;
}
