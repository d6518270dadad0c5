/** What a spreadsheet holds: 科技成果, 技术需求, certified historical 技术合同 or registry entries (名录: 高企, 科小 …). */
export const IMPORT_KINDS = ['achievements', 'needs', 'contracts', 'registries'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type TextEncoding = 'utf-8' | 'gb18030';

/**
 * validation_queued → validating → validated → commit_queued → committing → committed;
 * any queued or running job can end as cancelled, a job that cannot be read as failed.
 */
export const IMPORT_STATUSES = [
  'validation_queued',
  'validating',
  'validated',
  'commit_queued',
  'committing',
  'committed',
  'failed',
  'cancelled',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export type ImportPhase = 'dry_run' | 'commit';

/** One problem of one cell (or row): row is the spreadsheet row number (the header is row 1). */
export interface ImportProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportJobView {
  id: string;
  kind: ImportKind;
  format: ImportFormat;
  encoding: TextEncoding | null;
  fileName: string;
  fileSize: number;
  status: ImportStatus;
  /** Which pass the counters and problems belong to. */
  phase: ImportPhase;
  regionCode: string | null;
  progress: { rowsDone: number; totalRows: number | null };
  validRows: number;
  problemRows: number;
  importedRows: number;
  skippedRows: number;
  /** Problems each pass found, all counted. */
  problemsFound: Record<ImportPhase, number>;
  /** How many of them the problem list holds: the first IMPORT_MAX_PROBLEMS_STORED of a pass, by row. */
  problemsListed: Record<ImportPhase, number>;
  /** Says that only the first N problems of the current pass are listed, when that is so. */
  problemsNote: string | null;
  cancelRequested: boolean;
  error: { code: string; message: string; details: unknown } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}
