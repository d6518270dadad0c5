import ExcelJS from 'exceljs';
import type { AuditRowView } from './audit.views.js';
import { chinaSecondText } from '../../shared/labels/index.js';

/**
 * Text a spreadsheet would read as a formula (= + - @, tab, CR) gets a leading quote (OWASP CSV
 * injection): audit rows carry what users typed (names, reasons).
 */
const safe = (v: string | null | undefined): string => {
  if (v === null || v === undefined) return '';
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
};

const details = (v: Record<string, unknown> | null): string => (v ? JSON.stringify(v) : '');

/** The audit rows as an XLSX workbook: one sheet, a frozen Chinese header, one row per entry. */
export async function auditWorkbook(
  rows: readonly AuditRowView[],
  regionName: (code: string) => string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '网上技术市场';
  const sheet = wb.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '时间（北京时间）', width: 20 },
    { header: '操作人', width: 14 },
    { header: '操作人所属机构', width: 28 },
    { header: '操作', width: 22 },
    { header: '对象类型', width: 12 },
    { header: '对象名称', width: 28 },
    { header: '对象编号', width: 38 },
    { header: '所属地区', width: 16 },
    { header: '变更前', width: 40 },
    { header: '变更后', width: 40 },
    { header: 'IP 地址', width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      chinaSecondText(r.occurredAt),
      safe(r.actorName ?? (r.actorUserId ? '（已删除的账号）' : '未登录')),
      safe(r.actorOrgName),
      r.actionName,
      r.targetName,
      safe(r.targetLabel),
      safe(r.targetId),
      r.regionCode ? regionName(r.regionCode) : '',
      safe(details(r.before)),
      safe(details(r.after)),
      safe(r.ip),
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
