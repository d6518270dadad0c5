/**
 * `npm run bench:import` — bulk import at scale, on a throw-away embedded PostgreSQL.
 *
 * 1. Generates (streamed, never wholly in memory) a 100,000-row achievements XLSX (exceljs
 *    WorkbookWriter) and a 1,000,000-row historical-contracts CSV.
 * 2. Runs each through the real ImportRunner: dry run, then commit (listings + `listing.changed` events;
 *    contracts + statistics ledger), and prints rows/s of each pass and the peak RSS sampled
 *    every 100 ms during it (it must stay flat: files are streamed, keys go to the database).
 *
 * 3. Ends with one line per goal of issue 21 (imports near COPY): the figure and the goal it is
 *    measured against — contracts commit ≥ 50,000 rows/s, achievements commit ≥ 10,000 rows/s,
 *    contracts CSV dry run ≥ 100,000 rows/s, peak RSS ≤ 400 MB.
 *
 * Env: BENCH_ACHIEVEMENTS (default 100000), BENCH_CONTRACTS (default 1000000), BENCH_BATCH (default:
 * the app's defaults, IMPORT_BATCH_SIZE for achievements and IMPORT_CONTRACT_BATCH_SIZE for contracts).
 */
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { COLUMNS, ImportRunner, ImportsModule, queueImportPass } from '../libs/imports/src/index.js';
import { JobsModule } from '../libs/shared/jobs/index.js';
import { SearchModule } from '../libs/search/src/index.js';
import { processEnv } from '../libs/shared/config/index.js';
import {
  benchBureau,
  benchContext,
  benchCreditCode,
  mb,
  out,
  queueImportJob,
  runBench,
  withBenchServers,
} from './bench-harness.js';
import { cpuBelow } from './bench-cpu.js';

const env = processEnv();
const ACHIEVEMENTS = Number(env.BENCH_ACHIEVEMENTS ?? 100_000);
const CONTRACTS = Number(env.BENCH_CONTRACTS ?? 1_000_000);
const BATCH = env.BENCH_BATCH;

async function writeAchievementsXlsx(path: string, n: number, ownerCc: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('科技成果');
  const specs = COLUMNS.achievements;
  ws.addRow(specs.map((s) => s.header)).commit();
  for (let i = 0; i < n; i++) {
    const rec: Record<string, string> = {
      title: `基准成果${i} 固废资源化利用工艺`,
      description: `第 ${i} 项成果：煤矸石制备新型建材的方法，适用于矿区固废综合利用。`,
      ownerCreditCode: ownerCc,
      techField: i % 2 ? '环境保护与资源综合利用' : '05',
      region: '濉溪县',
      achievementType: '应用技术',
      trl: String((i % 9) + 1),
      transferModes: '转让、许可',
      price: `${10000 + (i % 5000)}.50`,
      keywords: '煤矸石、建材',
    };
    ws.addRow(specs.map((s) => rec[s.key] ?? '')).commit();
  }
  await ws.commit();
  await wb.commit();
}

async function writeContractsCsv(path: string, n: number): Promise<void> {
  const file = createWriteStream(path);
  const put = async (s: string) => {
    if (!file.write(s)) await once(file, 'drain');
  };
  await put(`\uFEFF${COLUMNS.contracts.map((s) => s.header).join(',')}\n`);
  const types = ['技术开发/委托开发', '技术服务/技术培训', '技术许可/独占许可', '技术咨询', '技术转让/技术秘密转让'];
  const sellers = ['340621', '340602', '340603', '341623'];
  for (let i = 1; i <= n; i++) {
    const c = 50_000 + (i % 100_000);
    await put(
      `BENCH${String(i).padStart(10, '0')},基准技术合同${i},${types[i % 5]},${String((i % 11) + 1).padStart(2, '0')},淮北测试卖方${i % 97},,${sellers[i % 4]},临沂测试买方${i % 89},,371302,340600,${c}.50,${c - 1000},2024-01-02,2024-${String((i % 12) + 1).padStart(2, '0')}-15\n`,
    );
  }
  file.end();
  await once(file, 'finish');
}

async function main(): Promise<void> {
  await withBenchServers({ prefix: 'techmarket-bench-import-' }, async ({ root, url }) => {
    // SearchModule is there for the listing lib's providers, which imports publish through;
    // events are published, not delivered.
    const app = await benchContext(
      {
        DATABASE_URL: url,
        IMPORT_DIR: join(root, 'imports'),
        ...(BATCH ? { IMPORT_BATCH_SIZE: BATCH, IMPORT_CONTRACT_BATCH_SIZE: BATCH } : {}),
      },
      [JobsModule, SearchModule, ImportsModule],
    );
    const ds = app.get(DataSource);
    const runner = app.get(ImportRunner);
    const ownerCc = benchCreditCode(1);
    const bureau = await benchBureau(ds);
    await ds.query(
      `INSERT INTO organization (type, name, credit_code, region_code, verification_status) VALUES ('university', '淮北基准大学', $1, '340621', 'verified')`,
      [ownerCc],
    );

    const xlsxPath = join(root, 'achievements.xlsx');
    const csvPath = join(root, 'contracts.csv');
    let t = performance.now();
    await writeAchievementsXlsx(xlsxPath, ACHIEVEMENTS, ownerCc);
    out(
      `generated ${ACHIEVEMENTS} achievements XLSX (${mb(statSync(xlsxPath).size)}) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    t = performance.now();
    await writeContractsCsv(csvPath, CONTRACTS);
    out(
      `generated ${CONTRACTS} contracts CSV (${mb(statSync(csvPath).size)}) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    const figures = new Map<string, number>();
    let peakOfAll = 0;
    const pass = async (label: string, rows: number, fn: () => Promise<unknown>) => {
      // What the process holds at its peak: V8's heap (used of reserved), buffers outside it.
      let top = process.memoryUsage();
      const start = top.rss;
      const sample = () => {
        const m = process.memoryUsage();
        if (m.rss > top.rss) top = m;
      };
      const timer = setInterval(sample, 100);
      const cpu0 = { own: process.cpuUsage(), below: cpuBelow(process.pid) };
      const s = performance.now();
      await fn();
      const sec = (performance.now() - s) / 1000;
      const ownUs = process.cpuUsage(cpu0.own);
      const pgSec = (cpuBelow(process.pid).postgres ?? 0) - (cpu0.below.postgres ?? 0);
      clearInterval(timer);
      sample();
      figures.set(label, rows / sec);
      peakOfAll = Math.max(peakOfAll, top.rss);
      out(
        `${label.padEnd(28)} ${rows} rows in ${sec.toFixed(1)} s = ${Math.round(rows / sec)} rows/s; RSS at start ${mb(start)}, peak ${mb(top.rss)} (heap ${mb(top.heapUsed)} used of ${mb(top.heapTotal)}, external ${mb(top.external)})`,
      );
      // Work done a row (all threads of this process; PostgreSQL's processes): moves far less
      // with the machine's load than rows/s.
      out(
        `${''.padEnd(28)} CPU a row: this process ${((ownUs.user + ownUs.system) / rows).toFixed(1)} µs, PostgreSQL ${((pgSec * 1e6) / rows).toFixed(1)} µs`,
      );
    };
    for (const [kind, path, format, rows] of [
      ['achievements', xlsxPath, 'xlsx', ACHIEVEMENTS],
      ['contracts', csvPath, 'csv', CONTRACTS],
    ] as const) {
      const id = await queueImportJob(ds, bureau, { kind, format, name: path, path }, join(root, 'imports'));
      await pass(`${kind} dry run`, rows, () => runner.runUntilIdle());
      const [j] = await ds.query(`SELECT status, valid_rows, problem_rows FROM import_job WHERE id = $1`, [id]);
      if (j.status !== 'validated' || j.valid_rows !== rows) {
        const sample = await ds.query(
          `SELECT row_no, column_name, code, message FROM import_problem WHERE job_id = $1 ORDER BY row_no LIMIT 5`,
          [id],
        );
        throw new Error(`dry run of ${kind}: ${JSON.stringify(j)} ${JSON.stringify(sample)}`);
      }
      await ds.transaction(async (em) => {
        await em.query(
          `UPDATE import_job SET status = 'commit_queued', phase = 'commit', rows_done = 0, cursor_row = 0 WHERE id = $1`,
          [id],
        );
        await queueImportPass(em, id);
      });
      await pass(`${kind} commit`, rows, () => runner.runUntilIdle());
      const [c] = await ds.query(`SELECT status, imported_rows FROM import_job WHERE id = $1`, [id]);
      if (c.status !== 'committed' || c.imported_rows !== rows)
        throw new Error(`commit of ${kind}: ${JSON.stringify(c)}`);
    }
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM stats_ledger WHERE source = 'import'`);
    out(`ledger rows with source import: ${n}`);
    const goal = (label: string, figure: number, unit: string, op: '≥' | '≤', target: number) =>
      out(
        `goal ${label}: ${Math.round(figure).toLocaleString('en-US')} ${unit} (goal ${op} ${target.toLocaleString('en-US')} ${unit}) ${
          (op === '≥' ? figure >= target : figure <= target) ? 'met' : 'NOT met'
        }`,
      );
    goal('contracts commit', figures.get('contracts commit')!, 'rows/s', '≥', 50_000);
    goal('achievements commit', figures.get('achievements commit')!, 'rows/s', '≥', 10_000);
    goal('contracts CSV dry run', figures.get('contracts dry run')!, 'rows/s', '≥', 100_000);
    goal('peak RSS', peakOfAll / 1024 / 1024, 'MB', '≤', 400);
    await app.close();
  });
}

runBench('bench-import', main);
