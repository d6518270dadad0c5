import type {
  ImportFormat,
  ImportJobView,
  ImportKind,
  ImportPhase,
  ImportStatus,
  TextEncoding,
} from './import.types.js';

/** An import_job row as node-postgres returns it (bigint → string). */
export interface ImportJobRow {
  id: string;
  kind: ImportKind;
  format: ImportFormat;
  encoding: TextEncoding | null;
  file_name: string;
  /** The file's key in the import FileStore (IMPORT_FILES). */
  file_key: string;
  file_size: string;
  file_sha256: string;
  status: ImportStatus;
  phase: ImportPhase;
  org_id: string;
  created_by: string;
  region_code: string | null;
  total_rows: number | null;
  rows_done: number;
  valid_rows: number;
  problem_rows: number;
  imported_rows: number;
  skipped_rows: number;
  cursor_row: number;
  dry_run_problems: number;
  commit_problems: number;
  /** Claims of the current pass by a runner (see ImportRunner). */
  attempts: number;
  cancel_requested: boolean;
  error_code: string | null;
  error_message: string | null;
  error_details: unknown;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A job as the API shows it; `listLimit` is IMPORT_MAX_PROBLEMS_STORED (problems stored per pass). */
export function toJobView(r: ImportJobRow, listLimit: number): ImportJobView {
  const found = { dry_run: r.dry_run_problems, commit: r.commit_problems };
  const listed = { dry_run: Math.min(found.dry_run, listLimit), commit: Math.min(found.commit, listLimit) };
  const current = found[r.phase];
  return {
    id: r.id,
    kind: r.kind,
    format: r.format,
    encoding: r.encoding,
    fileName: r.file_name,
    fileSize: Number(r.file_size),
    status: r.status,
    phase: r.phase,
    regionCode: r.region_code,
    progress: { rowsDone: r.rows_done, totalRows: r.total_rows },
    validRows: r.valid_rows,
    problemRows: r.problem_rows,
    importedRows: r.imported_rows,
    skippedRows: r.skipped_rows,
    problemsFound: found,
    problemsListed: listed,
    problemsNote:
      current > listed[r.phase]
        ? `共发现 ${current} 个问题，仅列出前 ${listed[r.phase]} 个（按行号排序）；修改文件后重新上传可查看其余问题`
        : null,
    cancelRequested: r.cancel_requested,
    error: r.error_code
      ? { code: r.error_code, message: r.error_message ?? '', details: r.error_details ?? null }
      : null,
    createdAt: r.created_at.toISOString(),
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
  };
}
