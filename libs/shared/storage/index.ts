export {
  FileTooLargeError,
  StoredFileMissingError,
  type FileStore,
  type PutOptions,
  type StoredFile,
} from './file-store.js';
export { DiskFileStore } from './disk-file-store.js';
