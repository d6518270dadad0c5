/**
 * Bulk imports through the API: files built from records keyed like the import columns, the
 * upload, and the worker's passes run in this process.
 *
 *   const imports = importDriver(t, huaibei);                        // a bureau uploads
 *   const file = csvFile('achievements', [achievementRecord(uni)]);
 *   const { validated, committed } = await imports.dryRunAndCommit(file, '成果.csv', 'achievements');
 */
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { COLUMNS, ImportRunner } from '../../libs/imports/src/index.js';
import { api, type Bearer } from '../http.js';
import type { TestApp } from '../test-app.js';
import type { TestOrg } from './identity.factory.js';

export type ImportKind = keyof typeof COLUMNS;

export interface Problem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One CSV line, quoting what needs it. */
export const csvLine = (cells: string[]): string =>
  cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

/** A CSV of the kind's template columns, one line per record (keys as in COLUMNS; missing keys empty). */
export function csvFile(kind: ImportKind, records: Record<string, string>[], opts: { bom?: boolean } = {}): Buffer {
  const specs = COLUMNS[kind];
  const lines = [csvLine(specs.map((c) => c.header)), ...records.map((r) => csvLine(specs.map((c) => r[c.key] ?? '')))];
  return Buffer.from(`${opts.bom ? '\uFEFF' : ''}${lines.join('\n')}\n`, 'utf8');
}

/** A workbook with the given header and rows (a cell may be an exceljs value such as a formula), and a 说明 sheet. */
export async function xlsxFile(header: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('科技成果');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  wb.addWorksheet('说明').addRow(['这张表不会被导入']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A valid achievements row owned by `owner` (a verified university or institute), with `overrides`. */
export const achievementRecord = (owner: TestOrg, overrides: Record<string, string> = {}): Record<string, string> => ({
  title: '导入测试成果',
  description: '导入测试用的科技成果。',
  ownerCreditCode: owner.org.creditCode,
  techField: '05',
  achievementType: '应用技术',
  trl: '5',
  transferModes: '许可',
  negotiable: '是',
  ...overrides,
});

/** A valid needs row owned by `owner` (a verified enterprise), with `overrides`. */
export const needRecord = (owner: TestOrg, overrides: Record<string, string> = {}): Record<string, string> => ({
  title: '导入测试需求',
  description: '导入测试用的技术需求。',
  ownerCreditCode: owner.org.creditCode,
  techField: '新能源与高效节能',
  ...overrides,
});

export interface ImportDriver {
  upload(file: Buffer, filename: string, kind: string, opts?: { who?: Bearer; regionCode?: string }): request.Test;
  /** The job as the API shows it to `who` (the driver's bureau by default). */
  job(id: string, who?: Bearer): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON view, read field by field
  /** Every problem of the job (all pages), of `phase` or the job's current one. */
  problems(id: string, phase?: string): Promise<Problem[]>;
  /** Runs the worker's queue until it is empty; answers how many jobs ran. */
  run(): Promise<number>;
  commit(id: string): Promise<void>;
  dryRunAndCommit(
    file: Buffer,
    filename: string,
    kind: string,
  ): Promise<{ validated: Record<string, any>; committed: Record<string, any> }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- as job()
}

/** Imports of `bureau` (bureau staff of the region the files go to). */
export function importDriver(t: TestApp, bureau: Bearer): ImportDriver {
  const runner = t.app.get(ImportRunner);
  const driver: ImportDriver = {
    upload: (file, filename, kind, opts = {}) => {
      let req = api(t, opts.who ?? bureau)
        .post('/api/imports')
        .field('kind', kind);
      if (opts.regionCode) req = req.field('regionCode', opts.regionCode);
      return req.attach('file', file, { filename, contentType: filename.endsWith('.csv') ? 'text/csv' : XLSX_TYPE });
    },
    job: async (id, who = bureau) => (await api(t, who).get(`/api/imports/${id}`).expect(200)).body,
    problems: async (id, phase) => {
      const out: Problem[] = [];
      for (let page = 1; ; page++) {
        const res = await api(t, bureau)
          .get(`/api/imports/${id}/problems`)
          .query({ page, pageSize: 100, ...(phase ? { phase } : {}) })
          .expect(200);
        out.push(...res.body.items);
        if (out.length >= res.body.total) return out;
      }
    },
    run: () => runner.runUntilIdle(),
    commit: async (id) => {
      await api(t, bureau).post(`/api/imports/${id}/commit`).expect(202);
    },
    dryRunAndCommit: async (file, filename, kind) => {
      const created = await driver.upload(file, filename, kind).expect(201);
      await driver.run();
      const validated = await driver.job(created.body.id);
      await driver.commit(created.body.id);
      await driver.run();
      return { validated, committed: await driver.job(created.body.id) };
    },
  };
  return driver;
}
