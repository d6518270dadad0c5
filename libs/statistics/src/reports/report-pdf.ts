import { addTotals, ZERO, type Totals } from '../stats-query.repository.js';
import { contractAmountsAddUp, ROUNDING_NOTE } from '../../../shared/money/index.js';
import { AMOUNT_UNIT_TEXT, PERSPECTIVE_BASIS, PERSPECTIVE_TEXT, wanText } from './report-text.js';
import { chinaDateTime } from './report-xlsx.js';
import type { RegionReport, ReportContractRow, ReportCount } from './report.types.js';

/** A pdfmake document definition: plain data, so it crosses to the rendering worker as is. */
export type PdfNode = string | number | PdfNode[] | { [key: string]: unknown };
export interface PdfDocument {
  pageSize: string;
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: number[];
  info: { title: string; author: string; subject: string };
  defaultStyle: Record<string, unknown>;
  styles: Record<string, Record<string, unknown>>;
  content: PdfNode[];
  /** Footer text around the page numbers, filled in by the worker (functions do not cross threads). */
  footer: { before: string; middle: string; after: string };
}

const PERSPECTIVES = ['absorption', 'output', 'registered'] as const;
const MEASURES = ['合同数（项）', '合同成交额（万元）', '技术交易额（万元）'];

const cell = (text: string | number, style?: string, extra: Record<string, unknown> = {}) => ({
  text: String(text),
  ...(style ? { style } : {}),
  ...extra,
});
const num = (v: string | number | null) => cell(v === null ? '—' : v, 'num');
const grid = (widths: (string | number)[], body: PdfNode[][], headerRows = 1) => ({
  table: { headerRows, widths, body, dontBreakRows: true },
  layout: 'lightHorizontalLines',
  margin: [0, 4, 0, 10],
});

function counts(rows: ReportCount[], keyLabel: string, countLabel: string): PdfNode {
  return grid(
    ['*', 120],
    [[cell(keyLabel, 'th'), cell(countLabel, 'th')], ...rows.map((r) => [cell(r.name), num(r.count)])],
  );
}

/**
 * One table per perspective: ten columns side by side do not fit an A4 width (a national year's
 * amount is 14 characters a cell), and a cut-off column would print nothing. Rows and 合计 are
 * each rounded from their own fen; a note follows a table whose rows do not add up to it.
 */
function contracts(rows: ReportContractRow[], keyLabel: string): PdfNode[] {
  return PERSPECTIVES.flatMap((p) => {
    const total = rows.reduce((a, r) => addTotals(a, r[p]), ZERO);
    const exact = contractAmountsAddUp(
      rows.map((r) => r[p]),
      total,
    );
    const line = (label: PdfNode, t: Totals, bold = false) =>
      [label, num(t.count), num(wanText(t.contractAmountFen)), num(wanText(t.techAmountFen))].map((c) =>
        bold && typeof c === 'object' ? { ...c, bold: true } : c,
      );
    return [
      { text: `${PERSPECTIVE_TEXT[p]}（${PERSPECTIVE_BASIS[p]}）`, style: 'strong', margin: [0, 4, 0, 0] },
      grid(
        [200, 90, '*', '*'],
        [
          [keyLabel, ...MEASURES].map((h) => cell(h, 'th')),
          ...rows.map((r) => line(cell(r.name), r[p])),
          line(cell('合计'), total, true),
        ],
      ),
      ...(exact ? [] : [{ text: ROUNDING_NOTE, style: 'fact', margin: [0, -6, 0, 8] }]),
    ];
  });
}

/**
 * The printable report (A4 landscape). Amounts are 万元 with two decimals, each rounded once from
 * its exact fen, as on the page and in the XLSX, so all three print the same figures.
 */
export function reportPdfDocument(r: RegionReport): PdfDocument {
  const [genDate, genTime] = chinaDateTime(r.generatedAt);
  const facts: string[] = [`地区：${r.region.name}`, `期间：${r.period.label}`, `统计口径：${r.stateText}`];
  if (r.frozenAt) {
    const [d, t] = chinaDateTime(r.frozenAt);
    facts.push(`定稿时间：${d} ${t}（北京时间）`);
  }
  facts.push(`生成时间：${genDate} ${genTime}（北京时间）`, AMOUNT_UNIT_TEXT);
  const orgs = (rows: RegionReport['topSellers']) =>
    rows.length === 0
      ? { text: '本期无', margin: [0, 2, 0, 8] }
      : grid(
          [30, '*', 70, 110, 110],
          [
            ['名次', '单位', ...MEASURES].map((h) => cell(h, 'th')),
            ...rows.map((o) => [
              num(o.rank),
              cell(o.name),
              num(o.count),
              num(wanText(o.contractAmountFen)),
              num(wanText(o.techAmountFen)),
            ]),
          ],
        );
  const targets =
    r.targets.length === 0
      ? { text: '本地区本期无规划目标', margin: [0, 2, 0, 8] }
      : grid(
          ['*', '*', 90, 50, 60, '*'],
          [
            ['指标', '目标', '实际', '完成率', '状态', '数据来源'].map((h) => cell(h, 'th')),
            ...r.targets.map((t) => [
              cell(t.indicatorName),
              cell(t.goal),
              cell(t.actual ?? '待填报'),
              num(t.percentReached === null ? '—' : `${t.percentReached}%`),
              cell(t.statusText),
              cell(t.source),
            ]),
          ],
        );
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: { title: r.title, author: '网上技术市场', subject: r.title },
    defaultStyle: { font: 'NotoSansSC', fontSize: 9, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 2] },
      th: { bold: true, fillColor: '#f0f3f8' },
      num: { alignment: 'right' },
      strong: { bold: true },
      fact: { color: '#444444' },
    },
    content: [
      { text: r.title, style: 'title' },
      ...facts.map((f) => ({ text: f, style: 'fact' })),
      { text: '一、需求与成果发布', style: 'h2' },
      counts(
        [
          { key: 'needs', name: '征集发布技术需求', count: r.needsCollected },
          { key: 'achievements', name: '登记发布科技成果', count: r.achievementsRegistered },
        ],
        '项目',
        '数量（项）',
      ),
      { text: '二、匹配推送与反馈', style: 'h2' },
      counts(
        [
          { key: 'matches', name: '匹配推送（对接提醒）', count: r.matchesMade },
          ...r.matchFeedback.map((f) => ({ ...f, name: `反馈：${f.name}` })),
        ],
        '项目',
        '数量（条）',
      ),
      { text: '三、对接项目（期内进入各阶段的项目数）与路演活动', style: 'h2' },
      counts(r.dealsByStage, '阶段', '项目数'),
      { text: '路演活动（期内举办）', style: 'strong' },
      counts(r.roadshows, '项目', '数量'),
      { text: '四、技术合同（按合同类型）', style: 'h2', pageBreak: 'before' },
      ...contracts(r.byType, '合同类型'),
      { text: '五、技术合同（按技术领域）', style: 'h2', pageBreak: 'before' },
      ...contracts(r.byField, '技术领域'),
      { text: '六、主要单位（按合同成交额）', style: 'h2', pageBreak: 'before' },
      { text: '输出方（卖方在本地区）', style: 'strong' },
      orgs(r.topSellers),
      { text: '吸纳方（买方在本地区）', style: 'strong' },
      orgs(r.topBuyers),
      { text: `七、规划目标进度（截至 ${r.targetsAsOf}）`, style: 'h2' },
      targets,
    ],
    footer: { before: `${r.title}\u3000第 `, middle: ' 页，共 ', after: ' 页' },
  };
}

/** Every character the document prints (for the font subset). */
export function documentText(doc: PdfDocument): string {
  const seen = new Set<string>();
  const visit = (n: unknown): void => {
    if (typeof n === 'string') for (const ch of n) seen.add(ch);
    else if (typeof n === 'number') for (const ch of String(n)) seen.add(ch);
    else if (Array.isArray(n)) n.forEach(visit);
    else if (n && typeof n === 'object') Object.values(n).forEach(visit);
  };
  visit(doc.content);
  visit(doc.footer);
  visit(doc.info);
  for (const ch of '0123456789') seen.add(ch);
  return [...seen].join('');
}
