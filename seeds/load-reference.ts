import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { projectRoot } from '../libs/shared/config/index.js';
import { readCsv } from './csv.js';

const dir = () => join(projectRoot(), 'seeds', 'reference');
const nul = (v: string | undefined) => (v === undefined || v === '' ? null : v);

/** Inserts or updates many rows with one statement per chunk (parameters, never string SQL). */
// pg returns untyped rows; callers destructure the few columns they select.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Query = (sql: string, params?: unknown[]) => Promise<any>;

async function upsert(query: Query, table: string, columns: string[], key: string[], rows: unknown[][]): Promise<void> {
  const update = columns
    .filter((c) => !key.includes(c))
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(', ');
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const params: unknown[] = [];
    const values = chunk.map(
      (r) =>
        `(${r
          .map((v) => {
            params.push(v);
            return `$${params.length}`;
          })
          .join(', ')})`,
    );
    await query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}
       ON CONFLICT (${key.join(', ')}) DO ${update ? `UPDATE SET ${update}` : 'NOTHING'}`,
      params,
    );
  }
}

export interface ReferenceCounts {
  regions: number;
  closureRows: number;
  techFields: number;
  contractTypes: number;
  rejectionReasons: number;
  policyTargets: number;
}

/**
 * Loads the code tables from seeds/reference/*.csv. Idempotent: rows are upserted by code and
 * the region closure is rebuilt from parent_code in the same transaction.
 */
export async function loadReferenceData(ds: DataSource): Promise<ReferenceCounts> {
  const regions = readCsv(join(dir(), 'regions.csv'));
  // Parents first so the foreign key holds inside one statement chunk.
  const rank = { province: 0, city: 1, county: 2 } as Record<string, number>;
  regions.sort((a, b) => rank[a.level!]! - rank[b.level!]!);
  const fields = readCsv(join(dir(), 'tech-fields.csv'));
  const types = readCsv(join(dir(), 'contract-types.csv'));
  const reasons = readCsv(join(dir(), 'rejection-reasons.csv'));
  const targets = readCsv(join(dir(), 'policy-targets.csv'));
  types.sort((a, b) => (a.parent_code ? 1 : 0) - (b.parent_code ? 1 : 0));

  return ds.transaction(async (em) => {
    const q: Query = (sql, p) => em.query(sql, p);
    const up = (t: string, c: string[], k: string[], r: unknown[][]) => upsert(q, t, c, k, r);
    await up(
      'region',
      ['code', 'name', 'level', 'parent_code', 'valid_from', 'valid_to'],
      ['code'],
      regions.map((r) => [r.code, r.name, r.level, nul(r.parent_code), nul(r.valid_from), nul(r.valid_to)]),
    );
    await q('DELETE FROM region_closure');
    await q(`
      INSERT INTO region_closure (ancestor_code, descendant_code, depth)
      WITH RECURSIVE up(descendant_code, ancestor_code, depth) AS (
        SELECT code, code, 0 FROM region
        UNION ALL
        SELECT up.descendant_code, r.parent_code, up.depth + 1
        FROM up JOIN region r ON r.code = up.ancestor_code
        WHERE r.parent_code IS NOT NULL
      )
      SELECT ancestor_code, descendant_code, depth FROM up`);
    await up(
      'tech_field',
      ['code', 'name', 'sort_order', 'valid_from', 'valid_to'],
      ['code'],
      fields.map((r) => [r.code, r.name, Number(r.sort_order), r.valid_from, nul(r.valid_to)]),
    );
    await up(
      'contract_type',
      ['code', 'name', 'parent_code', 'sort_order', 'valid_from', 'valid_to'],
      ['code'],
      types.map((r) => [r.code, r.name, nul(r.parent_code), Number(r.sort_order), r.valid_from, nul(r.valid_to)]),
    );
    await up(
      'rejection_reason',
      ['code', 'name', 'sort_order', 'valid_from', 'valid_to'],
      ['code'],
      reasons.map((r) => [r.code, r.name, Number(r.sort_order), r.valid_from, nul(r.valid_to)]),
    );
    await up(
      'policy_target',
      [
        'region_code',
        'indicator_code',
        'indicator_name',
        'perspective',
        'target_year',
        'value',
        'unit',
        'comparison',
        'source_doc',
        'source_quote',
      ],
      ['region_code', 'indicator_code', 'target_year'],
      targets.map((r) => [
        r.region_code,
        r.indicator_code,
        r.indicator_name,
        nul(r.perspective),
        Number(r.target_year),
        r.value,
        r.unit,
        r.comparison,
        r.source_doc,
        r.source_quote,
      ]),
    );
    const [{ n }] = await q('SELECT count(*)::int AS n FROM region_closure');
    return {
      regions: regions.length,
      closureRows: n,
      techFields: fields.length,
      contractTypes: types.length,
      rejectionReasons: reasons.length,
      policyTargets: targets.length,
    };
  });
}
