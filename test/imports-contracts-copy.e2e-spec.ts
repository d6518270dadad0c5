import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { IMPORTS_QUEUE, ImportRunner } from '../libs/imports/src/index.js';
import { certifiedContract } from './factories/contract.factory.js';
import { createBureauStaff, createOrgWithAdmin, randomCreditCode, type TestOrg } from './factories/identity.factory.js';
import { csvFile, importDriver, type ImportDriver } from './factories/import.factory.js';
import { api } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';
import { waitUntil, workerSet } from './worker-process.js';

/** The worker's connections carry this name, so the test can see when a killed worker's statements are done. */
const WORKER_APP = 'copy-import-worker-under-test';
const ROLLUPS = [
  'stats_rollup_month',
  'stats_rollup_detail',
  'stats_rollup_city_month',
  'stats_flow_month',
  'stats_flow_matrix_month',
];

/**
 * Issue 21, imports near COPY: a contract import's batch is staged with COPY and written
 * set-based (contracts, ledger, rollups per batch). What it writes must be what the platform
 * writes for the same contracts, its row problems those of the dry run, and a worker killed in
 * the middle of a commit must leave nothing twice and nothing lost.
 */
describe('contract import staged with COPY: same ledger, same problems, resumable (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let runner: ImportRunner;
  let importDir: string;
  let imports: ImportDriver;
  let huaibei: TestOrg; // bureau of 淮北 (340600)
  let seller: TestOrg; // 濉溪县 340621
  let workers: ReturnType<typeof workerSet>;

  /** Every rollup row, keyed by table and key, with its three sums as text. */
  const rollups = async (): Promise<Map<string, [bigint, bigint, bigint]>> => {
    const out = new Map<string, [bigint, bigint, bigint]>();
    for (const table of ROLLUPS) {
      const rows: Record<string, string>[] = await ds.query(`SELECT * FROM ${table}`);
      for (const r of rows) {
        const { contract_count: c, contract_amount_fen: a, tech_amount_fen: f, ...key } = r;
        out.set(`${table} ${JSON.stringify(key)}`, [BigInt(c!), BigInt(a!), BigInt(f!)]);
      }
    }
    return out;
  };
  /** What changed between two rollup snapshots (keys whose sums moved, with the change). */
  const delta = (before: Map<string, [bigint, bigint, bigint]>, after: Map<string, [bigint, bigint, bigint]>) => {
    const d: Record<string, string> = {};
    for (const [k, v] of after) {
      const b = before.get(k) ?? [0n, 0n, 0n];
      const diff = v.map((x, i) => x - b[i]!);
      if (diff.some((x) => x !== 0n)) d[k] = diff.join(' ');
    }
    return d;
  };
  const yuan = (fen: string) => `${BigInt(fen) / 100n}.${String(BigInt(fen) % 100n).padStart(2, '0')}`;

  beforeAll(async () => {
    importDir = mkdtempSync(join(tmpdir(), 'tm-imports-copy-'));
    const env = { IMPORT_DIR: importDir, IMPORT_CONTRACT_BATCH_SIZE: '10', JOBS_POLL_MS: '100' };
    t = await createTestApp(env);
    ds = t.app.get(DataSource);
    runner = t.app.get(ImportRunner);
    [huaibei, seller] = await Promise.all([
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340621' }),
    ]);
    imports = importDriver(t, huaibei);
    workers = workerSet(t.db, env, WORKER_APP);
  });
  afterEach(() => workers.killAll());
  afterAll(async () => {
    await t.close();
    rmSync(importDir, { recursive: true, force: true });
  });

  it('writes the ledger and every rollup, to the fen, as the same contracts certified one by one through the API', async () => {
    const buyers = [
      { name: '临沂智能装备制造有限公司', creditCode: randomCreditCode('371302'), regionCode: '371302' },
      { name: '丹东仪表有限公司', creditCode: randomCreditCode('210602'), regionCode: '210602' },
      { name: '相山新材料有限公司', creditCode: randomCreditCode('340603'), regionCode: '340603' },
    ];
    const subtypes = ['development.commissioned', 'service.training', 'licence.exclusive', 'consulting.general'];
    const before = await rollups();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const amount = 1_000_003 + i * 777_771;
      const c = await certifiedContract(t, seller, buyers[i % 3]!, huaibei, {
        title: `平台登记技术合同${i}`,
        contractSubtypeCode: subtypes[i % subtypes.length],
        techFieldCode: ['05', '01', '09'][i % 3],
        contractAmountFen: String(amount),
        techAmountFen: String(amount - 1_001 * i),
      });
      ids.push(c.id);
    }
    const afterApi = await rollups();
    const columns = `effective_date::text AS date, seller_region_code, buyer_region_code, registry_region_code, contract_type_code,
       contract_subtype_code, tech_field_code, count_delta, contract_amount_fen::text AS fen, tech_amount_fen::text AS tech,
       contract_name, seller_name, buyer_name`;
    const platform: Record<string, string>[] = await ds.query(
      `SELECT ${columns} FROM stats_ledger WHERE contract_id = ANY($1) ORDER BY contract_name`,
      [ids],
    );
    expect(platform).toHaveLength(12);

    // The same contracts as a registry's spreadsheet (their own registration numbers).
    const file = csvFile(
      'contracts',
      platform.map((e, i) => ({
        registrationNo: `COPY-SAME-${i}`,
        title: e.contract_name!,
        contractType: e.contract_subtype_code!,
        techField: e.tech_field_code!,
        sellerName: e.seller_name!,
        sellerRegion: e.seller_region_code!,
        buyerName: e.buyer_name!,
        buyerRegion: e.buyer_region_code!,
        registryRegion: e.registry_region_code!,
        contractAmount: yuan(e.fen!),
        techAmount: yuan(e.tech!),
        certifiedOn: e.date!,
      })),
    );
    const { committed } = await imports.dryRunAndCommit(file, '同样的合同.csv', 'contracts');
    expect(committed).toMatchObject({ status: 'committed', importedRows: 12, skippedRows: 0 });
    const imported: Record<string, string>[] = await ds.query(
      `SELECT ${columns} FROM stats_ledger WHERE source = 'import' AND registration_no LIKE 'COPY-SAME-%' ORDER BY contract_name`,
    );
    expect(imported).toEqual(platform);
    expect(delta(afterApi, await rollups())).toEqual(delta(before, afterApi));
    // The references are checked per statement now (no foreign keys): an update is held to them too.
    await expect(
      ds.query(`UPDATE imported_contract SET buyer_region_code = '999999' WHERE registration_no = 'COPY-SAME-0'`),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it('reports at commit the very duplicates the dry run found, across batches and against the database', async () => {
    const base = {
      title: '重复检查技术合同',
      contractType: '技术开发/委托开发',
      techField: '05',
      sellerName: '淮北测试卖方',
      sellerRegion: '濉溪县',
      buyerName: '临沂测试买方',
      buyerRegion: '临沂市',
      contractAmount: '100000.50',
      techAmount: '90000',
      certifiedOn: '2024-04-15',
    };
    // An earlier import holds DUP-OLD.
    const earlier = await imports.dryRunAndCommit(
      csvFile('contracts', [{ ...base, registrationNo: 'DUP-OLD' }]),
      '早先的导入.csv',
      'contracts',
    );
    expect(earlier.committed).toMatchObject({ importedRows: 1 });
    // 25 rows, batches of 10: DUP-A at rows 2, 9 (same batch) and 20 (a later batch); DUP-OLD at
    // row 5 and row 24; a bad row 3 whose number a later row repeats (a row with problems claims no number).
    const records = Array.from({ length: 25 }, (_, i) => ({ ...base, registrationNo: `DUP-${i + 2}` }));
    const at = (row: number, over: Record<string, string>) => Object.assign(records[row - 2]!, over);
    at(2, { registrationNo: 'DUP-A' });
    at(9, { registrationNo: 'dup-a' }); // normalised to DUP-A
    at(20, { registrationNo: 'DUP-A' });
    at(5, { registrationNo: 'DUP-OLD' });
    at(24, { registrationNo: 'DUP-OLD' });
    at(3, { registrationNo: 'DUP-B', contractAmount: '十万元' });
    at(15, { registrationNo: 'DUP-B' });
    const upload = await imports.upload(csvFile('contracts', records), '重复.csv', 'contracts').expect(201);
    const id = upload.body.id as string;
    await imports.run();
    const dry = await imports.problems(id, 'dry_run');
    await imports.commit(id);
    await imports.run();
    const commit = await imports.problems(id, 'commit');
    expect(commit).toEqual(dry);
    expect(commit.map((p) => [p.row, p.code, p.message])).toEqual([
      [3, 'NOT_A_NUMBER', '“十万元”不是数字（单位：元，最多两位小数）'],
      [5, 'DUPLICATE_IN_DATABASE', '该登记编号的合同已在系统中'],
      [9, 'DUPLICATE_IN_FILE', '与第 2 行重复'],
      [20, 'DUPLICATE_IN_FILE', '与第 2 行重复'],
      [24, 'DUPLICATE_IN_FILE', '与第 5 行重复'],
    ]);
    expect(await imports.job(id)).toMatchObject({ status: 'committed', importedRows: 20, skippedRows: 5 });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM imported_contract WHERE import_job_id = $1`, [id]);
    expect(n).toBe(20);
  });

  it('a worker killed (SIGKILL) in the middle of a commit: the re-run writes every contract once, ledger and rollups included', async () => {
    const rows = 6_000;
    const records = Array.from({ length: rows }, (_, i) => ({
      registrationNo: `KILL-${String(i).padStart(6, '0')}`,
      title: `续跑测试技术合同${i}`,
      contractType: '技术服务/技术培训',
      techField: '05',
      sellerName: '淮北续跑卖方',
      sellerRegion: '340602',
      buyerName: '续跑测试买方',
      buyerRegion: '210602',
      contractAmount: `${1000 + (i % 7)}.01`,
      techAmount: '999.99',
      certifiedOn: '2023-07-01',
    }));
    const expectFen = records.reduce((s, r) => s + BigInt(r.contractAmount.replace('.', '')), 0n);
    const upload = await imports.upload(csvFile('contracts', records), '续跑.csv', 'contracts').expect(201);
    const id = upload.body.id as string;
    await imports.run();
    expect(await imports.job(id)).toMatchObject({ status: 'validated', validRows: rows });
    await api(t, huaibei).post(`/api/imports/${id}/commit`).expect(202);
    const status = async () =>
      (await ds.query(`SELECT status, rows_done, attempts FROM import_job WHERE id = $1`, [id]))[0] as {
        status: string;
        rows_done: number;
        attempts: number;
      };
    const w = await workers.start();
    await waitUntil(
      async () => ((s) => s.status === 'committing' && s.rows_done >= 100)(await status()),
      60_000,
      () => `the commit did not start: ${w.output()}`,
    );
    w.proc.kill('SIGKILL');
    expect(await w.exited).toBe('SIGKILL');
    const sessions = async () =>
      (await ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [WORKER_APP]))[0]
        .n as number;
    await waitUntil(
      async () => (await sessions()) === 0,
      30_000,
      () => 'the killed worker still has database sessions',
    );
    const killed = await status();
    expect(killed.status).toBe('committing');
    expect(killed.rows_done).toBeLessThan(rows);
    await ds.query(`UPDATE job SET locked_until = now() WHERE queue = $1 AND payload->>'importId' = $2`, [
      IMPORTS_QUEUE,
      id,
    ]);
    expect(await runner.runUntilIdle()).toBe(1);
    expect(await imports.job(id)).toMatchObject({ status: 'committed', importedRows: rows, skippedRows: 0 });
    expect(await imports.problems(id, 'commit')).toEqual([]);
    const [contracts] = await ds.query(
      `SELECT count(*)::int AS n, count(DISTINCT row_no)::int AS rows, sum(contract_amount_fen)::text AS fen FROM imported_contract WHERE import_job_id = $1`,
      [id],
    );
    expect(contracts).toEqual({ n: rows, rows, fen: expectFen.toString() });
    const [ledger] = await ds.query(
      `SELECT count(*)::int AS n, sum(contract_amount_fen)::text AS fen FROM stats_ledger WHERE registration_no LIKE 'KILL-%'`,
    );
    expect(ledger).toEqual({ n: rows, fen: expectFen.toString() });
    // Nobody else files contracts between 丹东 and 杜集区 in July 2023: the flow rollup is this import's alone.
    const [flow] = await ds.query(
      `SELECT contract_count::int AS n, contract_amount_fen::text AS fen FROM stats_flow_month
        WHERE seller_region_code = '340602' AND buyer_region_code = '210602' AND month = '2023-07-01'`,
    );
    expect(flow).toEqual({ n: rows, fen: expectFen.toString() });
  }, 180_000);
});
