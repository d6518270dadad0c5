/** Injection token of the FileStore holding uploaded import files (a DiskFileStore on IMPORT_DIR by default). */
export const IMPORT_FILES = Symbol('IMPORT_FILES');
