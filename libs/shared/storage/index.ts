export * from './file-store.js';
export { DiskFileStore } from './disk-file-store.js';
