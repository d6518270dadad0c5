import ExcelJS from 'exceljs';
import { indentStyle, xmlText, XlsxDecimal, XlsxStreamWriter, XlsxStyle } from './xlsx-stream.writer.js';
import { ZipDestinationClosedError } from './zip-stream.writer.js';
import { read, Sink } from './xlsx-test-sink.js';

describe('XlsxStreamWriter', () => {
  it('writes a workbook that exceljs opens: values, merges, frozen pane, styles, number format', async () => {
    const sink = new Sink(true);
    const x = new XlsxStreamWriter(sink);
    await x.addSheet({ name: '统计', columns: [32, 16, 16], freeze: { rows: 3, cols: 1 } });
    await x.row(['淮北市2025年技术合同统计'], [XlsxStyle.title], 28);
    x.merge(1, 1, 1, 3);
    await x.row(['地区', '吸纳（按买方所在地）', null], [XlsxStyle.header, XlsxStyle.header, XlsxStyle.header]);
    await x.row([null, '合同数（项）', '合同成交额（万元）'], [XlsxStyle.header, XlsxStyle.header, XlsxStyle.header]);
    x.merge(2, 1, 3, 1);
    x.merge(2, 2, 2, 3);
    await x.row(['淮北市', 12, new XlsxDecimal('1234.567891')], [indentStyle(0), XlsxStyle.count, XlsxStyle.wan]);
    await x.row(['相山区', 7, new XlsxDecimal('-0.5')], [indentStyle(1), XlsxStyle.count, XlsxStyle.wan]);
    await x.row(
      ['=HYPERLINK("http://evil.example","点我")', 1, 2.25],
      [indentStyle(2), XlsxStyle.count, XlsxStyle.wan],
    );
    await x.row(['A&B <公司> "引号"\u0000\u0007\uFFFE\uD800尾', '+1', '@SUM(A1)']);
    await x.row(
      ['合计', 20, new XlsxDecimal('1236.317891')],
      [XlsxStyle.boldText, XlsxStyle.boldCount, XlsxStyle.boldWan],
    );
    await x.finish();
    expect(sink.writableFinished).toBe(true);

    const [ws] = await read(sink.buffer);
    expect(ws!.name).toBe('统计');
    expect(ws!.getCell('A1').value).toBe('淮北市2025年技术合同统计');
    expect(ws!.getCell('A1').font?.bold).toBe(true);
    expect(ws!.getCell('A1').font?.size).toBe(14);
    expect(ws!.getCell('B2').font?.bold).toBe(true);
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
    expect(merges).toEqual(['A1', 'A2', 'B2']);
    expect(ws!.getCell('C1').isMerged).toBe(true);
    expect(ws!.getCell('A3').master.address).toBe('A2');
    expect(ws!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(ws!.getCell('B4').value).toBe(12);
    expect(ws!.getCell('C4').value).toBe(1234.567891);
    expect(ws!.getCell('C4').numFmt).toBe('#,##0.00');
    expect(ws!.getCell('B4').numFmt).toBe('#,##0');
    expect(ws!.getCell('C5').value).toBe(-0.5);
    expect(ws!.getCell('A4').alignment?.indent).toBeUndefined();
    expect(ws!.getCell('A5').alignment?.indent).toBe(1);
    expect(ws!.getCell('A6').alignment?.indent).toBe(2);
    // Formula-looking text stays text, with the guard's quote; never a formula cell.
    expect(ws!.getCell('A6').value).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(ws!.getCell('A6').type).toBe(ExcelJS.ValueType.String);
    expect(ws!.getCell('B7').value).toBe("'+1");
    expect(ws!.getCell('C7').value).toBe("'@SUM(A1)");
    // Markup is escaped; characters XML 1.0 forbids are dropped.
    expect(ws!.getCell('A7').value).toBe('A&B <公司> "引号"尾');
    expect(ws!.getCell('A8').value).toBe('合计');
    expect(ws!.getCell('A8').font?.bold).toBe(true);
    expect(ws!.getCell('C8').numFmt).toBe('#,##0.00');
    expect(ws!.getCell('C8').font?.bold).toBe(true);
    expect(ws!.getColumn(1).width).toBe(32);
  });

  it('escapes and strips text for XML', () => {
    expect(xmlText('普通文本')).toBe('普通文本');
    expect(xmlText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(xmlText('x\u0001y\u000Bz\tok\n')).toBe('xyz\tok\n');
    expect(xmlText('😀\uDC00')).toBe('😀');
    expect(() => new XlsxDecimal('1e5')).toThrow();
  });

  it('writes several sheets and reads them back; a ZIP64-format archive still opens', async () => {
    const sink = new Sink(true);
    const x = new XlsxStreamWriter(sink, { forceZip64: true, level: 6 });
    await x.addSheet({ name: '合同明细', columns: [10] });
    for (let i = 0; i < 100; i++) await x.row([`第${i}行`, i]);
    await x.addSheet({ name: '合同明细', columns: [10] });
    await x.row(['续']);
    await x.finish();
    const sheets = await read(sink.buffer);
    expect(sheets.map((s) => s.name)).toEqual(['合同明细', '合同明细(2)']);
    expect(sheets[0]!.rowCount).toBe(100);
    expect(sheets[0]!.getCell('B100').value).toBe(99);
    expect(sheets[1]!.getCell('A1').value).toBe('续');
  });

  it('streams a large sheet with flat memory, waiting for a slow destination', async () => {
    const sink = new Sink(false);
    const x = new XlsxStreamWriter(sink);
    await x.addSheet({ name: '合同明细', columns: [14, 40, 14, 16] });
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const styles = [XlsxStyle.text, XlsxStyle.text, XlsxStyle.count, XlsxStyle.wan];
    const rows = 200_000;
    for (let i = 0; i < rows; i++) {
      // Varied text so the output does not compress to nothing.
      await x.row(
        [
          `DJ${i}`,
          `合同${(i * 7919) % 100_003}号：${'新材料'.repeat(i % 5)}技术开发`,
          i % 3,
          new XlsxDecimal(`${i}.${i % 97}`),
        ],
        styles,
      );
      if (i % 10_000 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    await x.finish();
    // The uncompressed sheet is ~30 MB; none of it may pile up in the writer or the sink.
    expect(sink.bytes).toBeGreaterThan(2_000_000);
    expect(sink.maxBuffered).toBeLessThanOrEqual(16 * 1024 + 128 * 1024);
    expect(heapPeak - heapBefore).toBeLessThan(40 * 1024 * 1024);
  });

  it('stops with ZipDestinationClosedError when the destination goes away', async () => {
    const sink = new Sink(false, 1024);
    const x = new XlsxStreamWriter(sink);
    await x.addSheet({ name: 'x', columns: [] });
    let rows = 0;
    const run = (async () => {
      for (;;) {
        await x.row([`行${rows}`.repeat(50), rows]);
        rows += 1;
        if (rows === 5_000) sink.destroy();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(ZipDestinationClosedError);
    expect(rows).toBeLessThan(20_000);
  });
});
