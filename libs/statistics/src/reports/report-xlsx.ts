import type { Writable } from 'node:stream';
import { contractAmountsAddUp, fenToWan2, ROUNDING_NOTE } from '../../../shared/money/index.js';
import { addTotals, ZERO, type Totals } from '../stats-query.repository.js';
import { excelDate, XlsxDecimal, XlsxStreamWriter, XlsxStyle, type XlsxValue } from '../xlsx-stream.writer.js';
import { AMOUNT_UNIT_TEXT, PERSPECTIVE_BASIS, PERSPECTIVE_TEXT } from './report-text.js';
import type { RegionReport, ReportContractRow, ReportOrganisation } from './report.types.js';
import { chinaMinuteText } from '../../../shared/labels/index.js';

const PERSPECTIVES = ['absorption', 'output', 'registered'] as const;
const MEASURES = ['合同数（项）', '合同成交额（万元）', '技术交易额（万元）'];

/** The China date (UTC+8) and time of an instant: ['2026-01-05', '09:30']. */
export function chinaDateTime(iso: string): [string, string] {
  const [day, time] = chinaMinuteText(iso).split(' ');
  return [day!, time!];
}

// the figure the page and the PDF print (rounded once from its fen), not the exact 万元: a cell
// that showed 1,254.44 and held 1,254.4355 would sum to other figures than the printed ones
const wan = (fen: string) => new XlsxDecimal(fenToWan2(fen));
const measures = (t: Totals): XlsxValue[] => [t.count, wan(t.contractAmountFen), wan(t.techAmountFen)];

/**
 * The report as a workbook, one sheet per section, on the streaming writer of the statistics
 * exports. Amounts are numbers in 万元 with two decimals (each rounded once from its fen, as the
 * page and the PDF print them), counts are numbers, dates are date cells.
 */
export async function writeReportXlsx(out: Writable, r: RegionReport): Promise<void> {
  const x = new XlsxStreamWriter(out);
  const title = async (text: string, width: number) => {
    await x.row([text], [XlsxStyle.title], 28);
    x.merge(1, 1, 1, width);
  };
  const header = (cells: XlsxValue[]) =>
    x.row(
      cells,
      cells.map(() => XlsxStyle.header),
    );

  await x.addSheet({ name: '概况', columns: [20, 60] });
  await title(r.title, 2);
  const [genDate, genTime] = chinaDateTime(r.generatedAt);
  await x.row(['地区', r.region.name]);
  await x.row(['期间', r.period.label]);
  await x.row(['统计口径', r.stateText]);
  if (r.frozenAt) {
    const [d, t] = chinaDateTime(r.frozenAt);
    await x.row(['定稿日期', excelDate(d)], [XlsxStyle.text, XlsxStyle.date]);
    await x.row(['定稿时间（北京时间）', t]);
  }
  await x.row(['生成日期', excelDate(genDate)], [XlsxStyle.text, XlsxStyle.date]);
  await x.row(['生成时间（北京时间）', genTime]);
  await x.row(['目标进度截至', excelDate(r.targetsAsOf)], [XlsxStyle.text, XlsxStyle.date]);
  await x.row(['金额单位', AMOUNT_UNIT_TEXT.replace('金额单位：', '')]);

  await x.addSheet({ name: '需求与成果', columns: [30, 16] });
  await title('需求与成果发布', 2);
  await header(['项目', '数量']);
  await x.row(['征集发布技术需求（项）', r.needsCollected], [XlsxStyle.text, XlsxStyle.count]);
  await x.row(['登记发布科技成果（项）', r.achievementsRegistered], [XlsxStyle.text, XlsxStyle.count]);

  await x.addSheet({ name: '匹配与反馈', columns: [30, 16] });
  await title('匹配推送与反馈', 2);
  await header(['项目', '数量']);
  await x.row(['匹配推送（对接提醒，条）', r.matchesMade], [XlsxStyle.text, XlsxStyle.count]);
  for (const f of r.matchFeedback) await x.row([`反馈：${f.name}（条）`, f.count], [XlsxStyle.text, XlsxStyle.count]);

  await x.addSheet({ name: '对接项目', columns: [30, 16] });
  await title('对接项目（期内进入各阶段的项目数）与路演活动', 2);
  await header(['阶段', '项目数']);
  for (const s of r.dealsByStage) await x.row([s.name, s.count], [XlsxStyle.text, XlsxStyle.count]);
  await header(['路演活动（期内举办）', '数量']);
  for (const s of r.roadshows) await x.row([s.name, s.count], [XlsxStyle.text, XlsxStyle.count]);

  await contractsSheet(x, '合同按类型', '技术合同（按合同类型）', '合同类型', r.byType);
  await contractsSheet(x, '合同按领域', '技术合同（按技术领域）', '技术领域', r.byField);

  await x.addSheet({ name: '主要单位', columns: [8, 40, 14, 20, 20] });
  await title('主要单位（按合同成交额）', 5);
  for (const [label, rows] of [
    ['输出方（卖方在本地区）', r.topSellers],
    ['吸纳方（买方在本地区）', r.topBuyers],
  ] as [string, ReportOrganisation[]][]) {
    await header([label, null, null, null, null]);
    x.merge(x.rowCount, 1, x.rowCount, 5);
    await header(['名次', '单位', ...MEASURES]);
    for (const o of rows)
      await x.row(
        [o.rank, o.name, ...measures(o)],
        [XlsxStyle.count, XlsxStyle.text, XlsxStyle.count, XlsxStyle.wan, XlsxStyle.wan],
      );
    if (rows.length === 0) await x.row(['', '本期无']);
  }

  await x.addSheet({ name: '目标进度', columns: [36, 40, 24, 12, 14, 40] });
  await title(`规划目标进度（截至 ${r.targetsAsOf}）`, 6);
  await header(['指标', '目标', '实际', '完成率', '状态', '数据来源']);
  for (const t of r.targets)
    await x.row([
      t.indicatorName,
      t.goal,
      t.actual ?? '待填报',
      t.percentReached === null ? '' : `${t.percentReached}%`,
      t.statusText,
      t.source,
    ]);
  if (r.targets.length === 0) await x.row(['本地区本期无规划目标']);
  await x.finish();
}

async function contractsSheet(
  x: XlsxStreamWriter,
  name: string,
  heading: string,
  keyLabel: string,
  rows: ReportContractRow[],
): Promise<void> {
  await x.addSheet({ name, columns: [30, ...Array.from({ length: 9 }, () => 16)], freeze: { rows: 3, cols: 1 } });
  await x.row([heading], [XlsxStyle.title], 28);
  x.merge(1, 1, 1, 10);
  const hs = Array.from({ length: 10 }, () => XlsxStyle.header);
  await x.row(
    [keyLabel, ...PERSPECTIVES.flatMap((p) => [`${PERSPECTIVE_TEXT[p]}（${PERSPECTIVE_BASIS[p]}）`, null, null])],
    hs,
  );
  await x.row([null, ...PERSPECTIVES.flatMap(() => MEASURES)], hs);
  x.merge(2, 1, 3, 1);
  PERSPECTIVES.forEach((_, i) => x.merge(2, 2 + i * 3, 2, 4 + i * 3));
  const plain = [XlsxStyle.text, ...PERSPECTIVES.flatMap(() => [XlsxStyle.count, XlsxStyle.wan, XlsxStyle.wan])];
  const bold = [
    XlsxStyle.boldText,
    ...PERSPECTIVES.flatMap(() => [XlsxStyle.boldCount, XlsxStyle.boldWan, XlsxStyle.boldWan]),
  ];
  for (const r of rows) await x.row([r.name, ...PERSPECTIVES.flatMap((p) => measures(r[p]))], plain);
  const sum = (p: (typeof PERSPECTIVES)[number]) => rows.reduce((a, r) => addTotals(a, r[p]), ZERO);
  await x.row(['合计', ...PERSPECTIVES.flatMap((p) => measures(sum(p)))], bold);
  if (
    !PERSPECTIVES.every((p) =>
      contractAmountsAddUp(
        rows.map((r) => r[p]),
        sum(p),
      ),
    )
  ) {
    await x.row([ROUNDING_NOTE]);
    x.merge(x.rowCount, 1, x.rowCount, 10);
  }
}
