import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../../shared/database/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { PERSPECTIVES, type Perspective } from './ledger-entry.js';
import type { Period } from './period.js';
import { pipeThroughWorker, workerScriptUrl } from '../../shared/workers/index.js';
import { writeContractsCsv } from './contract-export.js';
import { StatsQueryRepository, type GroupBy, type StatsFilter, type Totals } from './stats-query.repository.js';
import { ledgerBatches, type LedgerExportScope } from './ledger-export.repository.js';
import { StatsExportBusyError } from './statistics.errors.js';
import type { ContractsXlsxJob } from './contracts-xlsx.worker.js';
import { StatisticsConfig } from '../../shared/config/index.js';
import { csvText, fenToWan2, fenToWanExact } from './spreadsheet-safety.js';
import { contentDisposition } from '../../shared/http/index.js';
import { StatisticsService, type RegionRef, type StatsQuery } from './statistics.service.js';
import { indentStyle, XlsxDecimal, XlsxStreamWriter, XlsxStyle } from './xlsx-stream.writer.js';
import { writeText } from './zip-stream.writer.js';

export type ExportFormat = 'xlsx' | 'csv';

/** A file ready to stream: authorisation and validation are done before it is returned. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  contentDisposition: string;
  write(out: Writable): Promise<void>;
}

/** A small table of another lib's figures (e.g. vouchers by region), exported through the same writers. */
export interface ExportTable {
  /** The file name without extension (Chinese), and its ASCII fallback. */
  name: string;
  ascii: string;
  title: string;
  /** Amounts in fen are shown in 万元: exact in XLSX, rounded once by the shared rule in CSV. */
  columns: { label: string; kind: 'text' | 'count' | 'fen' }[];
  rows: (string | number)[][];
}

const PERSPECTIVE_LABEL: Record<Perspective, string> = { absorption: '吸纳', output: '输出', registered: '登记' };
const GROUP_LABEL: Record<GroupBy, string> = {
  'child-region': '地区',
  type: '合同类型',
  field: '技术领域',
  month: '月份',
};
const MEASURES = ['合同数（项）', '合同成交额（万元）', '技术交易额（万元）'];
const CONTENT_TYPE: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};
const BATCH = 5_000;

interface ReportLine {
  label: string;
  indent: number;
  values: Totals[];
}

/**
 * XLSX (our own streaming writer, XlsxStreamWriter: inline strings, nothing grows with rows) and
 * CSV (UTF-8 with BOM for Excel) exports of the summary and of the ledger's contract rows.
 */
@Injectable()
export class StatsExportService {
  constructor(
    /** Exports read the replica when there is one (DATABASE_READ_URL). */
    private readonly ds: ReadDatabase,
    private readonly stats: StatisticsService,
    private readonly repo: StatsQueryRepository,
    private readonly cfg: StatisticsConfig,
  ) {}

  private fullExports = 0;

  /** The summary by child region (indented hierarchy), type, field or month. */
  async summary(
    principal: Principal,
    q: Omit<StatsQuery, 'perspective'> & { perspective?: Perspective },
    groupBy: GroupBy,
    format: ExportFormat,
  ): Promise<ExportFile> {
    const { region, period, filter } = await this.stats.prepare(principal, {
      ...q,
      perspective: q.perspective ?? 'absorption',
    });
    const perspectives = q.perspective ? [q.perspective] : [...PERSPECTIVES];
    const lines = await this.summaryLines(region, period, filter, perspectives, groupBy);
    const total: ReportLine = {
      label: '合计',
      indent: 0,
      values: perspectives.map((_, i) =>
        groupBy === 'child-region' && lines.length
          ? lines[0]!.values[i]!
          : lines.reduce((acc, l) => addT(acc, l.values[i]!), zero()),
      ),
    };
    const title = `${region.name}${period.label}技术合同统计（按${GROUP_LABEL[groupBy]}）`;
    // The file says which view it holds: 吸纳/输出/登记 (all three when none was chosen), the grouping, region and period.
    const view = perspectives.map((x) => PERSPECTIVE_LABEL[x]).join('、');
    const name = `${region.name}${period.label}技术合同统计（${view}，按${GROUP_LABEL[groupBy]}）`;
    const ascii = `stats-${region.code ?? 'national'}-${period.code}-${q.perspective ?? 'all'}-${groupBy}`;
    const write =
      format === 'xlsx'
        ? (out: Writable) => this.writeSummaryXlsx(out, title, GROUP_LABEL[groupBy], perspectives, lines, total)
        : (out: Writable) => this.writeSummaryCsv(out, GROUP_LABEL[groupBy], perspectives, lines, total);
    return this.file(name, ascii, format, write);
  }

  /**
   * Every ledger row (certifications, amendments, cancellations) of the period, streamed by
   * keyset batches (ledger-export.repository); the next batch is fetched while the current one is
   * written, so the database and the writer work at the same time. The XLSX is read and rendered
   * in a worker thread (contracts-xlsx.worker, on a connection of its own): a million-row export
   * does not hold up the requests of other users, and its garbage stays in a small heap of its
   * own. Memory stays flat: the worker waits while the client is slow to read.
   */
  async contracts(principal: Principal, q: StatsQuery, format: ExportFormat): Promise<ExportFile> {
    const { region, period, scope } = await this.stats.prepare(principal, q);
    const name = `${region.name}${period.label}技术合同明细（${PERSPECTIVE_LABEL[q.perspective]}）`;
    const ascii = `contracts-${region.code ?? 'national'}-${period.code}-${q.perspective}`;
    const write = async (out: Writable) => {
      // Each one holds a connection of its own and (XLSX) a worker thread for tens of seconds per
      // million rows: a handful of bureau users must not be able to exhaust the server.
      const limit = this.cfg.exportMaxConcurrent;
      if (this.fullExports >= limit) throw new StatsExportBusyError(limit);
      this.fullExports += 1;
      try {
        await this.writeContracts(out, format, name, scope);
      } finally {
        this.fullExports -= 1;
      }
    };
    return this.file(name, ascii, format, write);
  }

  private async writeContracts(
    out: Writable,
    format: ExportFormat,
    name: string,
    scope: LedgerExportScope,
  ): Promise<void> {
    const names = await this.repo.ledgerNames(this.ds.manager);
    if (format === 'csv') return writeContractsCsv(out, names, ledgerBatches(this.ds.manager, scope, BATCH));
    const job: ContractsXlsxJob = { title: name, names, databaseUrl: this.ds.url, scope, batchSize: BATCH };
    await pipeThroughWorker({
      script: workerScriptUrl(import.meta.url, './contracts-xlsx.worker.js'),
      data: job,
      out,
      // Its heap holds a batch or two and garbage: small limits keep the process's RSS down.
      resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 },
    });
  }

  /** A small table (one sheet, a title row, a header row) in XLSX or CSV. */
  table(t: ExportTable, format: ExportFormat): ExportFile {
    const cell = (kind: ExportTable['columns'][number]['kind'], v: string | number) =>
      kind === 'fen' ? new XlsxDecimal(fenToWanExact(String(v))) : v;
    const style = { text: XlsxStyle.text, count: XlsxStyle.count, fen: XlsxStyle.wan } as const;
    const write =
      format === 'xlsx'
        ? async (out: Writable) => {
            const x = new XlsxStreamWriter(out);
            await x.addSheet({
              name: '统计',
              columns: t.columns.map((c, i) => (i === 0 ? 28 : 16)),
              freeze: { rows: 2, cols: 1 },
            });
            await x.row([t.title], [XlsxStyle.title], 28);
            x.merge(1, 1, 1, t.columns.length);
            await x.row(
              t.columns.map((c) => c.label),
              t.columns.map(() => XlsxStyle.header),
            );
            for (const r of t.rows)
              await x.row(
                r.map((v, i) => cell(t.columns[i]!.kind, v)),
                t.columns.map((c) => style[c.kind]),
              );
            await x.finish();
          }
        : async (out: Writable) => {
            const line = (cells: string[]) => `${cells.map(csvText).join(',')}\r\n`;
            let text = `\uFEFF${line(t.columns.map((c) => c.label))}`;
            for (const r of t.rows)
              text += line(r.map((v, i) => (t.columns[i]!.kind === 'fen' ? fenToWan2(String(v)) : String(v))));
            await writeText(out, text);
            out.end();
          };
    return this.file(t.name, t.ascii, format, write);
  }

  private file(name: string, ascii: string, format: ExportFormat, write: (out: Writable) => Promise<void>): ExportFile {
    const fileName = `${name}.${format}`;
    return {
      fileName,
      contentType: CONTENT_TYPE[format],
      contentDisposition: contentDisposition(fileName, `${ascii}.${format}`),
      write,
    };
  }

  private async summaryLines(
    region: RegionRef,
    period: Period,
    filter: StatsFilter,
    perspectives: Perspective[],
    groupBy: GroupBy,
  ): Promise<ReportLine[]> {
    if (groupBy === 'child-region') {
      const trees = await Promise.all(perspectives.map((p) => this.stats.regionTree(region, period, p, filter)));
      const first = trees[0]!;
      const byCode = trees.map((t) => new Map(t.map((r) => [r.code, r])));
      const children = new Map<string | null, string[]>();
      const present = new Set(first.map((r) => r.code));
      for (const r of first) {
        const parent = r.parentCode !== null && present.has(r.parentCode) ? r.parentCode : null;
        children.set(parent, [...(children.get(parent) ?? []), r.code]);
      }
      const lines: ReportLine[] = [];
      const visit = (code: string, depth: number) => {
        const r = byCode[0]!.get(code)!;
        lines.push({ label: r.name, indent: depth, values: byCode.map((m) => m.get(code) ?? zero()) });
        for (const c of children.get(code) ?? []) visit(c, depth + 1);
      };
      for (const root of children.get(null) ?? []) visit(root, 0);
      if (region.code === null) {
        // The nation has no row of its own: put a total on top so the first line is the whole.
        const all = lines.filter((l) => l.indent === 0);
        lines.unshift({
          label: '全国',
          indent: 0,
          values: perspectives.map((_, i) => all.reduce((a, l) => addT(a, l.values[i]!), zero())),
        });
        for (const l of lines.slice(1)) l.indent += 1;
      }
      return lines;
    }
    const groups = await Promise.all(perspectives.map((p) => this.stats.groupsFor(region, period, p, filter, groupBy)));
    const keys = new Map<string, string>();
    for (const g of groups) for (const r of g) keys.set(r.key, r.name);
    const sorted = [...keys.entries()];
    if (groupBy === 'month') sorted.sort((a, b) => a[0].localeCompare(b[0]));
    return sorted.map(([key, label]) => ({
      label,
      indent: 0,
      values: groups.map((g) => g.find((r) => r.key === key) ?? zero()),
    }));
  }

  private async writeSummaryXlsx(
    out: Writable,
    title: string,
    keyLabel: string,
    perspectives: Perspective[],
    lines: ReportLine[],
    total: ReportLine,
  ): Promise<void> {
    const width = 1 + perspectives.length * 3;
    const x = new XlsxStreamWriter(out);
    await x.addSheet({
      name: '统计',
      columns: [32, ...Array.from({ length: width - 1 }, () => 16)],
      freeze: { rows: 3, cols: 1 },
    });
    await x.row([title], [XlsxStyle.title], 28);
    x.merge(1, 1, 1, width);
    const headerStyles = Array.from({ length: width }, () => XlsxStyle.header);
    await x.row(
      [
        keyLabel,
        ...perspectives.flatMap((p) => [
          `${PERSPECTIVE_LABEL[p]}（按${p === 'absorption' ? '买方' : p === 'output' ? '卖方' : '登记机构'}所在地）`,
          null,
          null,
        ]),
      ],
      headerStyles,
    );
    await x.row([null, ...perspectives.flatMap(() => MEASURES)], headerStyles);
    x.merge(2, 1, 3, 1);
    perspectives.forEach((_, i) => x.merge(2, 2 + i * 3, 2, 4 + i * 3));
    const emit = (l: ReportLine, bold: boolean) =>
      x.row(
        [
          l.label,
          ...l.values.flatMap((v) => [
            v.count,
            new XlsxDecimal(fenToWanExact(v.contractAmountFen)),
            new XlsxDecimal(fenToWanExact(v.techAmountFen)),
          ]),
        ],
        [
          bold ? XlsxStyle.boldText : indentStyle(l.indent),
          ...l.values.flatMap(() =>
            bold
              ? [XlsxStyle.boldCount, XlsxStyle.boldWan, XlsxStyle.boldWan]
              : [XlsxStyle.count, XlsxStyle.wan, XlsxStyle.wan],
          ),
        ],
      );
    for (const l of lines) await emit(l, false);
    await emit(total, true);
    await x.finish();
  }

  /**
   * 万元 with two decimals, each rounded once from its exact fen: a line reads as the same figure
   * does everywhere else (a region's own view, the dashboard, the reports), so rounded lines need
   * not add up to the rounded 合计 (the XLSX carries exact figures).
   */
  private async writeSummaryCsv(
    out: Writable,
    keyLabel: string,
    perspectives: Perspective[],
    lines: ReportLine[],
    total: ReportLine,
  ): Promise<void> {
    const head = [keyLabel, ...perspectives.flatMap((p) => MEASURES.map((m) => `${PERSPECTIVE_LABEL[p]}${m}`))];
    await writeText(out, `\uFEFF${head.map(csvText).join(',')}\r\n`);
    for (const l of [...lines, total]) {
      const cells = [
        csvText('\u3000'.repeat(l.indent) + l.label),
        ...l.values.flatMap((v) => [String(v.count), fenToWan2(v.contractAmountFen), fenToWan2(v.techAmountFen)]),
      ];
      await writeText(out, `${cells.join(',')}\r\n`);
    }
    out.end();
  }
}

function zero(): Totals {
  return { count: 0, contractAmountFen: '0', techAmountFen: '0' };
}

function addT(a: Totals, b: Totals): Totals {
  return {
    count: a.count + b.count,
    contractAmountFen: (BigInt(a.contractAmountFen) + BigInt(b.contractAmountFen)).toString(),
    techAmountFen: (BigInt(a.techAmountFen) + BigInt(b.techAmountFen)).toString(),
  };
}
