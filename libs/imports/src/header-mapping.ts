import type { ColumnSpec } from './columns.js';
import { ImportJobErrorCode, ImportJobFailure } from './imports.errors.js';

/** Headers compare without spaces, required-markers (*) and with ASCII parentheses. */
export function normalizeHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/[\s*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

export interface HeaderMapping {
  /** Column index in the file for each spec key found. */
  index: Map<string, number>;
  /** Headers in the file that match no column (ignored). */
  extra: string[];
}

/**
 * Maps a file's header row to the template's columns by name, in any order; extra columns are
 * ignored. A missing required column fails the whole job with the list of what is missing.
 */
export function mapHeader(cells: readonly string[], specs: readonly ColumnSpec[]): HeaderMapping {
  const byName = new Map<string, ColumnSpec>();
  for (const s of specs) for (const h of [s.header, ...(s.aliases ?? [])]) byName.set(normalizeHeader(h), s);
  const index = new Map<string, number>();
  const extra: string[] = [];
  const duplicated: string[] = [];
  cells.forEach((raw, i) => {
    const name = normalizeHeader(raw ?? '');
    if (!name) return;
    const spec = byName.get(name);
    if (!spec) extra.push(raw);
    else if (index.has(spec.key)) duplicated.push(spec.header);
    else index.set(spec.key, i);
  });
  const missing = specs.filter((s) => s.required && !index.has(s.key)).map((s) => s.header);
  if (missing.length > 0) {
    throw new ImportJobFailure(ImportJobErrorCode.MISSING_COLUMNS, `缺少必填列：${missing.join('、')}`, {
      missing,
      found: cells.filter((c) => c),
    });
  }
  if (duplicated.length > 0) {
    throw new ImportJobFailure(ImportJobErrorCode.MISSING_COLUMNS, `列重复：${duplicated.join('、')}`, { duplicated });
  }
  return { index, extra };
}

/** The row's cells as { key: trimmed text } for the mapped columns. */
export function recordOf(cells: readonly string[], mapping: HeaderMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, i] of mapping.index) out[key] = (cells[i] ?? '').trim();
  return out;
}
