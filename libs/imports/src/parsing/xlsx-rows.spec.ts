import ExcelJS from 'exceljs';
import { ImportsConfig } from '../../../shared/config/index.js';
import { inlineStringBombXlsx, sharedStringsXlsx, sheetXlsx, zipOf } from '../../../shared/testing/xlsx-fixtures.js';
import type { ImportFileLimits } from './limits.js';
import { xlsxRows, type SheetRow } from './xlsx-rows.js';

const defaults = ImportsConfig.fromEnv({}).limits;

async function rows(file: Buffer, limits: Partial<ImportFileLimits> = {}): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const r of xlsxRows(file, { ...defaults, ...limits })) out.push(r);
  return out;
}

const cells =
  (n: number, text = 'x') =>
  () => [
    `<row r="1">${Array.from({ length: n }, () => `<c t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`,
  ];

describe('xlsxRows', () => {
  it('reads what Excel writers produce: shared and rich strings, formulas as text, dates, booleans, numbers, gaps; first tab only', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('科技成果');
    ws.addRow(['成果名称', '金额', '日期', '面议', '公式', '富文本']);
    ws.addRow([
      '锂电池 & <正极>',
      1234.5,
      new Date(Date.UTC(2024, 2, 1)),
      true,
      { formula: 'CONCATENATE("公式","成果")', result: '公式成果' },
      { richText: [{ text: '红色' }, { font: { bold: true }, text: '加粗' }] },
    ]);
    ws.getRow(4).values = ['隔一行', 0.1, null, false];
    ws.getCell('H4').value = '第八列';
    wb.addWorksheet('说明').addRow(['这张表不会被导入']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await rows(file)).toEqual([
      { rowNo: 1, cells: ['成果名称', '金额', '日期', '面议', '公式', '富文本'] },
      { rowNo: 2, cells: ['锂电池 & <正极>', '1234.5', '2024-03-01', '是', '=CONCATENATE("公式","成果")', '红色加粗'] },
      { rowNo: 4, cells: ['隔一行', '0.1', '', '否', '', '', '', '第八列'] },
    ]);
  });

  it('takes the first tab of workbook.xml, not the first sheet part; skips phonetic runs; custom date formats; 1904 dates', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const file = await zipOf({
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${ns}"><sheetData><row r="1"><c t="inlineStr"><is><t>第二个标签</t></is></c></row></sheetData></worksheet>`,
      'xl/worksheets/sheet2.xml': `<worksheet xmlns="${ns}"><sheetData><row r="3"><c r="B3" t="s"><v>0</v></c><c r="C3" s="1"><v>0</v></c><c r="D3" s="2"><v>45000.5</v></c></row></sheetData></worksheet>`,
      'xl/workbook.xml': `<workbook xmlns="${ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="甲" sheetId="2" r:id="rId2"/><sheet name="乙" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="x/sharedStrings" Target="strings.xml"/><Relationship Id="rId4" Type="x/styles" Target="styles.xml"/></Relationships>',
      'xl/strings.xml': `<sst xmlns="${ns}"><si><r><t>淮北</t></r><r><t>成果</t></r><rPh><t>ホワイ</t></rPh></si></sst>`,
      'xl/styles.xml': `<styleSheet xmlns="${ns}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="31"/></cellXfs></styleSheet>`,
    });
    expect(await rows(file)).toEqual([{ rowNo: 3, cells: ['', '淮北成果', '1904-01-01', '2027-03-16'] }]);
  });

  it('fails at the cell limit while a 150 M-character inline cell streams, naming the cell and the limit', async () => {
    const bomb = await inlineStringBombXlsx(150_000_000);
    expect(bomb.length).toBeLessThan(250_000);
    const before = process.memoryUsage().rss;
    await expect(rows(bomb, { maxCompressionRatio: 5000 })).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_CELL_TOO_LONG',
      message: '第 1 行 A 列的内容超过单元格上限 32767 个字符',
      details: { limit: 'IMPORT_MAX_CELL_CHARS', value: 32_767, row: 1, column: 1 },
    });
    // The cell is never built: no 150 MB string (nor the 1.2 GB exceljs needed for it).
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a zip bomb from its declared sizes before inflating anything: ratio per part, total uncompressed', async () => {
    const bomb = await inlineStringBombXlsx(5_000_000);
    await expect(rows(bomb)).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_COMPRESSION_RATIO',
      details: { limit: 'IMPORT_MAX_COMPRESSION_RATIO', value: 100, part: 'xl/worksheets/sheet1.xml' },
    });
    await expect(
      rows(bomb, { maxCompressionRatio: 5000, maxUncompressedBytes: 4 * 1024 * 1024 }),
    ).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_UNCOMPRESSED_SIZE',
      message: 'Excel 文件解压后的大小（5 MB）超过上限 4 MB，请拆分后分批导入',
    });
  });

  it('counts shared strings and their bytes as they stream, whatever the file declares', async () => {
    await expect(rows(await sharedStringsXlsx(8_000_000), { maxCompressionRatio: 5000 })).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_SHARED_STRINGS',
      details: { value: 1_000_000 },
    });
    // No uniqueCount to go by: the count is checked string by string.
    const undeclared = await sheetXlsx(() => ['<row r="1"><c t="s"><v>0</v></c></row>'], {
      'xl/sharedStrings.xml': `<sst>${'<si><t>a</t></si>'.repeat(11)}</sst>`,
    });
    await expect(rows(undeclared, { maxSharedStrings: 10 })).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_SHARED_STRINGS',
      message: 'Excel 文件的共享字符串超过上限 10 个，请拆分后分批导入，或另存为 CSV',
    });
    expect(await rows(undeclared, { maxSharedStrings: 11 })).toEqual([{ rowNo: 1, cells: ['a'] }]);
    const big = await sharedStringsXlsx(3000, '技'.repeat(1000), true);
    await expect(rows(big, { maxCompressionRatio: 5000, maxSharedStringBytes: 8 * 1024 * 1024 })).rejects.toMatchObject(
      { code: 'IMPORT_LIMIT_SHARED_STRINGS_SIZE', details: { limit: 'IMPORT_MAX_SHARED_STRINGS_MB', value: 8 } },
    );
    await expect(rows(big, { maxCompressionRatio: 5000, maxCellChars: 999 })).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_CELL_TOO_LONG',
      message: 'Excel 文件的第 1 个共享字符串超过单元格上限 999 个字符',
    });
  });

  it('refuses a row number past the row limit (without walking the gap) and a row with too many cells', async () => {
    await expect(
      rows(
        await sheetXlsx(() => [
          '<row r="1"><c t="inlineStr"><is><t>h</t></is></c></row><row r="900000000"><c><v>1</v></c></row>',
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_ROWS',
      details: { limit: 'IMPORT_MAX_ROWS', value: 1_048_576, row: 900_000_000 },
    });
    await expect(rows(await sheetXlsx(cells(11)), { maxCellsPerRow: 10 })).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_CELLS_PER_ROW',
      message: '第 1 行的单元格超过每行上限 10 个，请删除多余的列',
    });
    await expect(
      rows(await sheetXlsx(() => ['<row r="1"><c r="XFD1"><v>1</v></c></row>']), { maxCellsPerRow: 10 }),
    ).rejects.toMatchObject({ code: 'IMPORT_LIMIT_CELLS_PER_ROW' });
    expect((await rows(await sheetXlsx(cells(10)), { maxCellsPerRow: 10 }))[0]!.cells).toHaveLength(10);
    await expect(rows(await sheetXlsx(cells(2, 'y'.repeat(11))), { maxCellChars: 10 })).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_CELL_TOO_LONG',
      details: { row: 1, column: 1 },
    });
  });

  it('answers FILE_UNREADABLE for what is not a workbook: no sheet, a DOCTYPE, bytes that are not a ZIP', async () => {
    await expect(rows(await zipOf({ 'a.txt': 'x' }))).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      message: 'Excel 文件中没有工作表',
    });
    await expect(rows(await sheetXlsx(() => ['<!DOCTYPE x>']))).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    await expect(rows(Buffer.from('not a zip at all, just text'))).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });
});
