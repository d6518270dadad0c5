import type { FieldError } from '../../shared/errors/index.js';
import type { IndicatorDef, IndicatorUnit } from './indicator-catalogue.js';

export interface ReportedFigureInput {
  regionCode: string;
  indicatorCode: string;
  year: number;
  /** Decimal text with at most two decimals, in the indicator's unit. */
  value: string;
  unit: IndicatorUnit;
  sourceDocument: string;
  sourceDepartment: string;
  /** Why this version: required once a value for the year has been approved. */
  reason?: string;
  attachment?: { fileName: string; contentBase64: string };
}

export const UNIT_NAMES: Record<IndicatorUnit, string> = { yuan: '元', count: '个数', percent: '百分比' };
export const ATTACHMENT_MAX_BYTES = 64 * 1024;
const ATTACHMENT_TYPES = /\.(pdf|ofd|jpg|jpeg|png|doc|docx|xls|xlsx)$/i;

export interface ReportedContext {
  /** The indicator's row of INDICATORS (or the reported default for the target's unit); undefined when the region has no target for it. */
  def: IndicatorDef | undefined;
  currentYear: number;
  hasApproved: boolean;
}

/** Everything wrong with an entry, by field (400 with details), before anything is written. */
export function reportedFigureProblems(input: ReportedFigureInput, ctx: ReportedContext): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });
  const def = ctx.def;
  if (def === undefined) add('indicatorCode', '本地区没有该指标的规划目标');
  else if (def.source.kind !== 'reported') add('indicatorCode', '该指标由平台记录自动计算，无需填报');
  if (def && input.unit !== def.unit) add('unit', `该指标的单位为${UNIT_NAMES[def.unit]}，与填报的单位不符`);
  if (input.year > ctx.currentYear) add('year', `不能填报尚未开始的年度（当前为 ${ctx.currentYear} 年）`);
  // The value is read in the indicator's unit; with another unit only the unit is wrong.
  const unit = def?.unit ?? input.unit;
  const negative = input.value.trim().startsWith('-');
  if (unit === input.unit) {
    if (unit !== 'percent' && negative) add('value', unit === 'count' ? '个数不能为负数' : '金额不能为负数');
    else if (unit === 'count' && /\.\d*[1-9]/.test(input.value)) add('value', '个数须为整数');
  }
  if (ctx.hasApproved && !input.reason?.trim()) add('reason', '该年度的数据已审核，修改须说明原因');
  if (input.attachment) {
    if (!ATTACHMENT_TYPES.test(input.attachment.fileName))
      add('attachment.fileName', '附件须为 PDF、OFD、图片、Word 或 Excel 文件');
    if (attachmentBytes(input.attachment.contentBase64) > ATTACHMENT_MAX_BYTES)
      add('attachment.contentBase64', `附件不能超过 ${ATTACHMENT_MAX_BYTES / 1024} KB`);
  }
  return problems;
}

/** Decoded size of base64 text, without decoding it. */
export function attachmentBytes(base64: string): number {
  const clean = base64.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}
