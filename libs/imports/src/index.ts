export { ImportsModule } from './imports.module.js';
export { IMPORT_FILES } from './import-files.js';
export { ImportsService, type UploadedFile, type CreateImportInput } from './imports.service.js';
export { ImportRunner, IMPORTS_QUEUE, queueImportPass } from './import-runner.js';
export { TemplateService, type TemplateFile } from './template.service.js';
export {
  IMPORT_KINDS,
  IMPORT_STATUSES,
  type ImportKind,
  type ImportStatus,
  type ImportPhase,
  type ImportProblem,
  type ImportJobView,
} from './import.types.js';
export { COLUMNS, KIND_LABEL, type ColumnSpec } from './columns.js';
export {
  ImportsErrorCode,
  ImportsError,
  ImportFileTooLargeError,
  ImportJobErrorCode,
  ProblemCode,
} from './imports.errors.js';
export { ImportFactsReader } from './import-facts.js';
