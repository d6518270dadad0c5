import type { Writable } from 'node:stream';
import { csvText, fenToWanExact } from './spreadsheet-safety.js';
import { writeText } from './zip-stream.writer.js';
import {
  XLSX_MAX_ROWS,
  XlsxDecimal,
  XlsxStreamWriter,
  XlsxStyle,
  type XlsxShared,
  type XlsxValue,
} from './xlsx-stream.writer.js';

/**
 * The full contract export (every ledger row of a period) as files: the batches come as texts
 * from ledger-export.repository (rows and cells separated by control characters, codes
 * not names) and are turned into XLSX or CSV here. Plain functions over plain data, so the XLSX
 * rendering can run in a worker thread (contracts-xlsx.worker).
 */

/** Separators of ledger-export.repository batch texts (XML-forbidden, removed from free text). */
export const LEDGER_ROW_SEPARATOR = '\u001e';
export const LEDGER_CELL_SEPARATOR = '\u001f';
/** The cells of one ledger line, in this order. */
export const LEDGER_EXPORT_COLUMNS = [
  'registrationNo',
  'entryKind',
  'source',
  'effectiveDate',
  'contractName',
  'sellerName',
  'sellerRegionCode',
  'buyerName',
  'buyerRegionCode',
  'registryRegionCode',
  'contractTypeCode',
  'contractSubtypeCode',
  'techFieldCode',
  'countDelta',
  'contractAmountFen',
  'techAmountFen',
] as const;

export const CONTRACT_HEADERS = [
  '登记号',
  '记录类型',
  '来源',
  '生效日期',
  '合同名称',
  '卖方',
  '卖方地区',
  '买方',
  '买方地区',
  '登记机构所在地',
  '合同类型',
  '合同子类型',
  '技术领域',
  '件数增减',
  '合同成交额（万元）',
  '技术交易额（万元）',
];
/** Index of 件数增减; the two amounts follow it. */
const COUNT = 13;
const ENTRY_KIND_LABEL: Record<string, string> = { certified: '认定登记', amendment: '变更', cancellation: '撤销' };
const SOURCE_LABEL: Record<string, string> = { import: '导入', platform: '平台' };

/** Code → name of the reference tables ledger rows point to, as plain pairs (clonable). */
export interface ContractExportNames {
  region: [string, string][];
  contractType: [string, string][];
  techField: [string, string][];
}

const maps = (n: ContractExportNames) => ({
  region: new Map(n.region),
  contractType: new Map(n.contractType),
  techField: new Map(n.techField),
});

/** The XLSX: a title row, the header, then the rows; a new sheet (header repeated) every 1,048,576 rows. */
export async function writeContractsXlsx(
  out: Writable,
  title: string,
  names: ContractExportNames,
  batches: AsyncIterable<string>,
): Promise<void> {
  const x = new XlsxStreamWriter(out);
  // Texts from small bounded sets (labels, the period's dates, region, type and field names) go
  // to the shared-strings table once, looked up by code: ~35 % less XML to render and compress,
  // no escaping per row. Free text (registration number, contract and party names) stays inline
  // so that the table cannot grow with the rows.
  const sharedBy = (m: Map<string, string>) => {
    const byCode = new Map<string, XlsxShared>();
    return (code: string): XlsxShared => {
      let ref = byCode.get(code);
      if (ref === undefined) byCode.set(code, (ref = x.shared(m.get(code) ?? code)));
      return ref;
    };
  };
  const n = maps(names);
  const region = sharedBy(n.region);
  const type = sharedBy(n.contractType);
  const field = sharedBy(n.techField);
  const kind = sharedBy(new Map(Object.entries(ENTRY_KIND_LABEL)));
  const source = sharedBy(new Map(Object.entries(SOURCE_LABEL)));
  const date = sharedBy(new Map());
  const widths = CONTRACT_HEADERS.map((_, i) => (i === 4 ? 40 : i >= COUNT ? 16 : 14));
  const styles = CONTRACT_HEADERS.map((_, i) =>
    i < COUNT ? XlsxStyle.text : i === COUNT ? XlsxStyle.count : XlsxStyle.wan,
  );
  let sheets = 0;
  const sheet = async () => {
    sheets += 1;
    await x.addSheet({
      name: sheets === 1 ? '合同明细' : `合同明细（${sheets}）`,
      columns: widths,
      freeze: { rows: 2, cols: 0 },
    });
    await x.row([sheets === 1 ? title : `${title}（续${sheets - 1}）`], [XlsxStyle.title], 24);
    x.merge(1, 1, 1, CONTRACT_HEADERS.length);
    await x.row(
      CONTRACT_HEADERS,
      CONTRACT_HEADERS.map(() => XlsxStyle.header),
    );
  };
  await sheet();
  const v: XlsxValue[] = new Array(CONTRACT_HEADERS.length);
  for await (const text of batches) {
    for (const line of text.split(LEDGER_ROW_SEPARATOR)) {
      if (x.rowCount >= XLSX_MAX_ROWS) await sheet();
      const c = line.split(LEDGER_CELL_SEPARATOR);
      v[0] = c[0]!;
      v[1] = kind(c[1]!);
      v[2] = source(c[2]!);
      v[3] = date(c[3]!);
      v[4] = c[4]!;
      v[5] = c[5]!;
      v[6] = region(c[6]!);
      v[7] = c[7]!;
      v[8] = region(c[8]!);
      v[9] = region(c[9]!);
      v[10] = type(c[10]!);
      v[11] = type(c[11]!);
      v[12] = field(c[12]!);
      v[13] = Number(c[13]);
      v[14] = new XlsxDecimal(fenToWanExact(c[14]!));
      v[15] = new XlsxDecimal(fenToWanExact(c[15]!));
      await x.row(v, styles);
    }
  }
  await x.finish();
}

/** The CSV: UTF-8 with BOM (Excel), formula-guarded text, amounts in exact 万元. */
export async function writeContractsCsv(
  out: Writable,
  names: ContractExportNames,
  batches: AsyncIterable<string>,
): Promise<void> {
  const n = maps(names);
  const named = (m: Map<string, string>, code: string) => csvText(m.get(code) ?? code);
  await writeText(out, `\uFEFF${CONTRACT_HEADERS.map(csvText).join(',')}\r\n`);
  for await (const text of batches) {
    let chunk = '';
    for (const line of text.split(LEDGER_ROW_SEPARATOR)) {
      const c = line.split(LEDGER_CELL_SEPARATOR);
      chunk +=
        `${csvText(c[0]!)},${ENTRY_KIND_LABEL[c[1]!] ?? csvText(c[1]!)},${SOURCE_LABEL[c[2]!] ?? csvText(c[2]!)},${c[3]},${csvText(c[4]!)},${csvText(c[5]!)},` +
        `${named(n.region, c[6]!)},${csvText(c[7]!)},${named(n.region, c[8]!)},${named(n.region, c[9]!)},${named(n.contractType, c[10]!)},` +
        `${named(n.contractType, c[11]!)},${named(n.techField, c[12]!)},${c[13]},${fenToWanExact(c[14]!)},${fenToWanExact(c[15]!)}\r\n`;
    }
    await writeText(out, chunk);
  }
  out.end();
}
