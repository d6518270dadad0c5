import type { ImportFormat, ImportJobView, ImportKind, ImportPhase, ImportStatus, TextEncoding } from './import.types.js';

/** An import_job row as node-postgres returns it (bigint → string). */
export interface ImportJobRow {
  id: string;
  kind: ImportKind;
  format: ImportFormat;
  encoding: TextEncoding | null;
  file_name: string;
  file_path: string;
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
  cancel_requested: boolean;
  error_code: string | null;
  error_message: string | null;
  error_details: unknown;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toJobView(r: ImportJobRow): ImportJobView {
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
    cancelRequested: r.cancel_requested,
    error: r.error_code ? { code: r.error_code, message: r.error_message ?? '', details: r.error_details ?? null } : null,
    createdAt: r.created_at.toISOString(),
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
  };
}
