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

async function upsert(
  query: Query,
  table: string,
  columns: string[],
  key: string[],
  rows: unknown[][],
  keepIf?: string,
): Promise<void> {
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
       ON CONFLICT (${key.join(', ')}) DO ${update ? `UPDATE SET ${update}${keepIf ? ` WHERE ${keepIf}` : ''}` : 'NOTHING'}`,
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

/** A code table: its CSV file, its key, and its columns (named as in the file); numeric ones are converted. */
interface CodeTable {
  table: string;
  file: string;
  key: string[];
  columns: string[];
  numeric?: string[];
  /** Update an existing row only when this holds (a bureau's revision of a seeded target wins over the file). */
  keepIf?: string;
}

const TABLES: CodeTable[] = [
  {
    table: 'region',
    file: 'regions.csv',
    key: ['code'],
    columns: ['code', 'name', 'level', 'parent_code', 'valid_from', 'valid_to'],
  },
  {
    table: 'tech_field',
    file: 'tech-fields.csv',
    key: ['code'],
    columns: ['code', 'name', 'sort_order', 'valid_from', 'valid_to'],
    numeric: ['sort_order'],
  },
  {
    table: 'contract_type',
    file: 'contract-types.csv',
    key: ['code'],
    columns: ['code', 'name', 'parent_code', 'sort_order', 'valid_from', 'valid_to'],
    numeric: ['sort_order'],
  },
  {
    table: 'rejection_reason',
    file: 'rejection-reasons.csv',
    key: ['code'],
    columns: ['code', 'name', 'sort_order', 'valid_from', 'valid_to'],
    numeric: ['sort_order'],
  },
  {
    table: 'policy_target',
    file: 'policy-targets.csv',
    key: ['region_code', 'indicator_code', 'target_year'],
    columns: [
      'region_code',
      'indicator_code',
      'indicator_name',
      'perspective',
      'target_year',
      'from_year',
      'accumulation',
      'base_year',
      'value',
      'unit',
      'comparison',
      'source_doc',
      'source_quote',
    ],
    numeric: ['target_year', 'from_year', 'base_year'],
    keepIf: 'policy_target.version = 1',
  },
];

/** Parents first, so that a foreign key to the same table holds inside one statement chunk. */
const LEVEL_RANK: Record<string, number> = { province: 0, city: 1, county: 2 };
const PARENTS_FIRST: Record<string, (a: Record<string, string>, b: Record<string, string>) => number> = {
  region: (a, b) => LEVEL_RANK[a.level!]! - LEVEL_RANK[b.level!]!,
  contract_type: (a, b) => (a.parent_code ? 1 : 0) - (b.parent_code ? 1 : 0),
};

/**
 * Loads the code tables from seeds/reference/*.csv. Idempotent: rows are upserted by code and
 * the region closure is rebuilt from parent_code in the same transaction.
 */
export async function loadReferenceData(ds: DataSource): Promise<ReferenceCounts> {
  const rows = TABLES.map((t) => {
    const r = readCsv(join(dir(), t.file));
    const order = PARENTS_FIRST[t.table];
    return order ? r.sort(order) : r;
  });
  return ds.transaction(async (em) => {
    const q: Query = (sql, p) => em.query(sql, p);
    for (const [i, t] of TABLES.entries()) {
      const values = rows[i]!.map((r) =>
        t.columns.map((c) => (t.numeric?.includes(c) && nul(r[c]) !== null ? Number(r[c]) : nul(r[c]))),
      );
      await upsert(q, t.table, t.columns, t.key, values, t.keepIf);
    }
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
    const [{ n }] = await q('SELECT count(*)::int AS n FROM region_closure');
    const [regions, techFields, contractTypes, rejectionReasons, policyTargets] = rows.map((r) => r.length);
    return {
      regions: regions!,
      closureRows: n,
      techFields: techFields!,
      contractTypes: contractTypes!,
      rejectionReasons: rejectionReasons!,
      policyTargets: policyTargets!,
    };
  });
}
