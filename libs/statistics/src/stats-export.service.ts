import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import { PERSPECTIVES, type Perspective } from './ledger-entry.js';
import type { Period } from './period.js';
import { StatsQueryRepository, type GroupBy, type StatsFilter, type Totals } from './stats-query.repository.js';
import { contentDisposition, csvText, fenToWan2, fenToWanExact, safeText } from './spreadsheet-safety.js';
import { StatisticsService, type RegionRef, type StatsQuery } from './statistics.service.js';

export type ExportFormat = 'xlsx' | 'csv';

/** A file ready to stream: authorisation and validation are done before it is returned. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  contentDisposition: string;
  write(out: Writable): Promise<void>;
}

const PERSPECTIVE_LABEL: Record<Perspective, string> = { absorption: '吸纳', output: '输出', registered: '登记' };
const GROUP_LABEL: Record<GroupBy, string> = { 'child-region': '地区', type: '合同类型', field: '技术领域', month: '月份' };
const MEASURES = ['合同数（项）', '合同成交额（万元）', '技术交易额（万元）'];
const CONTENT_TYPE: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};
const BATCH = 5_000;
const WAN = '#,##0.00';

interface ReportLine {
  label: string;
  indent: number;
  values: Totals[];
}

/** Writes text to a stream, waiting when it is full, so memory stays flat. */
async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

const wan = (fen: string) => Number(fenToWanExact(fen));

/**
 * XLSX (exceljs streaming writer, no shared strings so memory does not grow with rows) and
 * CSV (UTF-8 with BOM for Excel) exports of the summary and of the ledger's contract rows.
 */
@Injectable()
export class StatsExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly stats: StatisticsService,
    private readonly repo: StatsQueryRepository,
  ) {}

  /** The summary by child region (indented hierarchy), type, field or month. */
  async summary(principal: Principal, q: Omit<StatsQuery, 'perspective'> & { perspective?: Perspective }, groupBy: GroupBy, format: ExportFormat): Promise<ExportFile> {
    const { region, period, filter } = await this.stats.prepare(principal, { ...q, perspective: q.perspective ?? 'absorption' });
    const perspectives = q.perspective ? [q.perspective] : [...PERSPECTIVES];
    const lines = await this.summaryLines(region, period, filter, perspectives, groupBy);
    const total: ReportLine = {
      label: '合计',
      indent: 0,
      values: perspectives.map((_, i) => (groupBy === 'child-region' && lines.length ? lines[0]!.values[i]! : lines.reduce((acc, l) => addT(acc, l.values[i]!), zero()))),
    };
    const title = `${region.name}${period.label}技术合同统计（按${GROUP_LABEL[groupBy]}）`;
    const name = `${region.name}${period.label}技术合同统计`;
    const ascii = `stats-${region.code ?? 'national'}-${period.code}`;
    const write = format === 'xlsx'
      ? (out: Writable) => this.writeSummaryXlsx(out, title, GROUP_LABEL[groupBy], perspectives, lines, total)
      : (out: Writable) => this.writeSummaryCsv(out, GROUP_LABEL[groupBy], perspectives, lines, total);
    return this.file(name, ascii, format, write);
  }

  /** Every ledger row (certifications, amendments, cancellations) of the period, streamed. */
  async contracts(principal: Principal, q: StatsQuery, format: ExportFormat): Promise<ExportFile> {
    const { region, period, filter } = await this.stats.prepare(principal, q);
    const scope = { perspective: q.perspective, regionCode: region.code, fromMonth: period.fromMonth, toMonth: period.toMonth, filter };
    const name = `${region.name}${period.label}技术合同明细（${PERSPECTIVE_LABEL[q.perspective]}）`;
    const ascii = `contracts-${region.code ?? 'national'}-${period.code}-${q.perspective}`;
    const rows = (async function* (repo: StatsQueryRepository, ds: DataSource) {
      let after = '0';
      for (;;) {
        const batch = await repo.ledgerBatch(ds.manager, scope, after, BATCH);
        if (batch.length === 0) return;
        yield* batch;
        after = batch[batch.length - 1]!.id;
      }
    });
    const headers = ['登记号', '记录类型', '来源', '生效日期', '合同名称', '卖方', '卖方地区', '买方', '买方地区', '登记机构所在地', '合同类型', '合同子类型', '技术领域', '件数增减', '合同成交额（万元）', '技术交易额（万元）'];
    const kind: Record<string, string> = { certified: '认定登记', amendment: '变更', cancellation: '撤销' };
    const texts = (r: Awaited<ReturnType<StatsQueryRepository['ledgerBatch']>>[number]) => [
      r.registrationNo, kind[r.entryKind] ?? r.entryKind, r.source === 'import' ? '导入' : '平台', r.effectiveDate, r.contractName,
      r.sellerName, r.sellerRegion, r.buyerName, r.buyerRegion, r.registryRegion, r.contractType, r.contractSubtype, r.techField,
    ];
    const write = async (out: Writable) => {
      if (format === 'csv') {
        await put(out, `\uFEFF${headers.map(csvText).join(',')}\r\n`);
        for await (const r of rows(this.repo, this.ds)) {
          await put(out, `${[...texts(r).map(csvText), String(r.countDelta), fenToWanExact(r.contractAmountFen), fenToWanExact(r.techAmountFen)].join(',')}\r\n`);
        }
        out.end();
        return;
      }
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
      const ws = wb.addWorksheet('合同明细', { views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }] });
      ws.columns = headers.map((_, i) => ({ width: i === 4 ? 40 : i >= 13 ? 16 : 14 }));
      const titleRow = ws.addRow([safeText(name)]);
      titleRow.font = { bold: true, size: 14 };
      ws.mergeCells(1, 1, 1, headers.length);
      titleRow.commit();
      const head = ws.addRow(headers);
      head.font = { bold: true };
      head.commit();
      for await (const r of rows(this.repo, this.ds)) {
        const row = ws.addRow([...texts(r).map(safeText), r.countDelta, wan(r.contractAmountFen), wan(r.techAmountFen)]);
        row.getCell(15).numFmt = WAN;
        row.getCell(16).numFmt = WAN;
        row.commit();
      }
      ws.commit();
      await wb.commit();
    };
    return this.file(name, ascii, format, write);
  }

  private file(name: string, ascii: string, format: ExportFormat, write: (out: Writable) => Promise<void>): ExportFile {
    const fileName = `${name}.${format}`;
    return { fileName, contentType: CONTENT_TYPE[format], contentDisposition: contentDisposition(fileName, `${ascii}.${format}`), write };
  }

  private async summaryLines(region: RegionRef, period: Period, filter: StatsFilter, perspectives: Perspective[], groupBy: GroupBy): Promise<ReportLine[]> {
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
        lines.unshift({ label: '全国', indent: 0, values: perspectives.map((_, i) => all.reduce((a, l) => addT(a, l.values[i]!), zero())) });
        for (const l of lines.slice(1)) l.indent += 1;
      }
      return lines;
    }
    const groups = await Promise.all(perspectives.map((p) => this.stats.groupsFor(region, period, p, filter, groupBy)));
    const keys = new Map<string, string>();
    for (const g of groups) for (const r of g) keys.set(r.key, r.name);
    const sorted = [...keys.entries()];
    if (groupBy === 'month') sorted.sort((a, b) => a[0].localeCompare(b[0]));
    return sorted.map(([key, label]) => ({ label, indent: 0, values: groups.map((g) => g.find((r) => r.key === key) ?? zero()) }));
  }

  private async writeSummaryXlsx(out: Writable, title: string, keyLabel: string, perspectives: Perspective[], lines: ReportLine[], total: ReportLine): Promise<void> {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
    const ws = wb.addWorksheet('统计', { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] });
    const width = 1 + perspectives.length * 3;
    ws.columns = [{ width: 32 }, ...Array.from({ length: width - 1 }, () => ({ width: 16 }))];
    const center = { horizontal: 'center', vertical: 'middle' } as const;
    const t = ws.addRow([safeText(title)]);
    t.font = { bold: true, size: 14 };
    t.alignment = center;
    ws.mergeCells(1, 1, 1, width);
    t.commit();
    const groupRow = ws.addRow([keyLabel, ...perspectives.flatMap((p) => [`${PERSPECTIVE_LABEL[p]}（按${p === 'absorption' ? '买方' : p === 'output' ? '卖方' : '登记机构'}所在地）`, '', ''])]);
    groupRow.font = { bold: true };
    groupRow.alignment = center;
    const measureRow = ws.addRow(['', ...perspectives.flatMap(() => MEASURES)]);
    measureRow.font = { bold: true };
    measureRow.alignment = center;
    ws.mergeCells(2, 1, 3, 1);
    perspectives.forEach((_, i) => ws.mergeCells(2, 2 + i * 3, 2, 4 + i * 3));
    groupRow.commit();
    measureRow.commit();
    const emit = (l: ReportLine, bold: boolean) => {
      const row = ws.addRow([safeText(l.label), ...l.values.flatMap((v) => [v.count, wan(v.contractAmountFen), wan(v.techAmountFen)])]);
      row.getCell(1).alignment = { indent: l.indent };
      l.values.forEach((_, i) => {
        row.getCell(3 + i * 3).numFmt = WAN;
        row.getCell(4 + i * 3).numFmt = WAN;
      });
      if (bold) row.font = { bold: true };
      row.commit();
    };
    for (const l of lines) emit(l, false);
    emit(total, true);
    ws.commit();
    await wb.commit();
  }

  private async writeSummaryCsv(out: Writable, keyLabel: string, perspectives: Perspective[], lines: ReportLine[], total: ReportLine): Promise<void> {
    const head = [keyLabel, ...perspectives.flatMap((p) => MEASURES.map((m) => `${PERSPECTIVE_LABEL[p]}${m}`))];
    await put(out, `\uFEFF${head.map(csvText).join(',')}\r\n`);
    for (const l of [...lines, total]) {
      const cells = [csvText('\u3000'.repeat(l.indent) + l.label), ...l.values.flatMap((v) => [String(v.count), fenToWan2(v.contractAmountFen), fenToWan2(v.techAmountFen)])];
      await put(out, `${cells.join(',')}\r\n`);
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
