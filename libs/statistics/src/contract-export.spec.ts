import { Writable } from 'node:stream';
import {
  LEDGER_CELL_SEPARATOR as C,
  LEDGER_EXPORT_COLUMNS,
  LEDGER_ROW_SEPARATOR as R,
  writeContractsCsv,
  writeContractsXlsx,
  type ContractExportNames,
} from './contract-export.js';
import { read, Sink } from './xlsx-test-sink.js';

const names: ContractExportNames = {
  region: [
    ['340602', '杜集区'],
    ['340603', '相山区'],
    ['340600', '淮北市'],
  ],
  contractType: [
    ['development', '技术开发'],
    ['development.commissioned', '委托开发'],
  ],
  techField: [['01', '电子信息']],
};

/** One ledger line as ledgerBatch (ledger-export.repository) sends it. */
function line(i: number, over: Partial<Record<(typeof LEDGER_EXPORT_COLUMNS)[number], string>> = {}): string {
  const v: Record<string, string> = {
    registrationNo: `R${i}`,
    entryKind: 'certified',
    source: 'import',
    effectiveDate: '2025-03-0' + (1 + (i % 9)),
    contractName: `合同${i}`,
    sellerName: `卖方${i}`,
    sellerRegionCode: '340602',
    buyerName: `买方${i}`,
    buyerRegionCode: '340603',
    registryRegionCode: '340602',
    contractTypeCode: 'development',
    contractSubtypeCode: 'development.commissioned',
    techFieldCode: '01',
    countDelta: '1',
    contractAmountFen: String(1_000_000 + i),
    techAmountFen: '500000',
    ...over,
  };
  return LEDGER_EXPORT_COLUMNS.map((k) => v[k]).join(C);
}
const batch = (from: number, n: number) => Array.from({ length: n }, (_, i) => line(from + i)).join(R);
async function* texts(...xs: string[]): AsyncGenerator<string> {
  yield* xs;
}

describe('contract export files', () => {
  it('test lines follow the column order of the export query', () => {
    expect(line(0).split(C)).toHaveLength(LEDGER_EXPORT_COLUMNS.length);
  });

  it('XLSX: names resolved, bounded texts shared, free text inline and formula-guarded, exact 万元', async () => {
    const sink = new Sink(true);
    const special = line(99, {
      contractName: '=HYPERLINK("http://x","点")',
      sellerName: ' 前后空格 ',
      entryKind: 'cancellation',
      countDelta: '-1',
      contractAmountFen: '-1234567',
      techAmountFen: '0',
    });
    await writeContractsXlsx(
      sink,
      '淮北市2025年技术合同明细（吸纳）',
      names,
      texts(batch(0, 3), [line(3), special].join(R)),
    );
    const [ws] = await read(sink.buffer);
    expect(ws!.getCell('A1').value).toBe('淮北市2025年技术合同明细（吸纳）');
    expect(ws!.getRow(2).values).toContain('技术交易额（万元）');
    expect(ws!.rowCount).toBe(2 + 5);
    expect(ws!.getRow(3).values).toEqual([
      undefined,
      'R0',
      '认定登记',
      '导入',
      '2025-03-01',
      '合同0',
      '卖方0',
      '杜集区',
      '买方0',
      '相山区',
      '杜集区',
      '技术开发',
      '委托开发',
      '电子信息',
      1,
      1,
      0.5,
    ]);
    const last = ws!.getRow(7);
    expect(last.getCell(2).value).toBe('撤销');
    expect(last.getCell(5).value).toBe(`'=HYPERLINK("http://x","点")`);
    expect(last.getCell(6).value).toBe(' 前后空格 ');
    expect(last.getCell(14).value).toBe(-1);
    expect(last.getCell(15).value).toBe(-1.234567);
    expect(last.getCell(15).numFmt).toBe('#,##0.00');
    // region, type, field, label and date texts are stored once in sharedStrings.xml
    const zip = sink.buffer.toString('latin1');
    expect(zip).toContain('xl/sharedStrings.xml');
  });

  it('CSV: the same cells, RFC 4180 quoting, BOM', async () => {
    const chunks: Buffer[] = [];
    const out = new Writable({ write: (c: Buffer, _e, cb) => (chunks.push(c), cb()) });
    await writeContractsCsv(out, names, texts(line(1, { contractName: '含,逗号"引号' })));
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[1]).toBe(
      'R1,认定登记,导入,2025-03-02,"含,逗号""引号",卖方1,杜集区,买方1,相山区,杜集区,技术开发,委托开发,电子信息,1,1.000001,0.5',
    );
  });
});
