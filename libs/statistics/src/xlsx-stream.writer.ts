import type { Writable } from 'node:stream';
import { safeText } from './spreadsheet-safety.js';
import { ZipStreamWriter, type ZipEntryWriter, type ZipStreamOptions } from './zip-stream.writer.js';

/** Cell styles of styles.xml (cellXfs indexes); indent levels follow from INDENT_BASE. */
export const XlsxStyle = {
  text: 0,
  title: 1,
  header: 2,
  count: 3,
  /** 万元 with two decimals: `#,##0.00` (custom numFmt 164). */
  wan: 4,
  boldText: 5,
  boldCount: 6,
  boldWan: 7,
  /** A date: the day's serial number shown `yyyy-mm-dd` (custom numFmt 165), so Excel sorts and filters it as a date. */
  date: 16,
} as const;
const INDENT_BASE = 8;
export const MAX_INDENT = 8;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A YYYY-MM-DD date as Excel's day serial number (1900 date system), for a cell styled XlsxStyle.date. */
export function excelDate(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not a date: ${isoDate}`);
  return Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EXCEL_EPOCH_MS) / 86_400_000);
}

/** The style of a text cell indented `level` steps (region hierarchy); 0 is plain text. */
export function indentStyle(level: number): number {
  const l = Math.max(0, Math.min(MAX_INDENT, Math.floor(level)));
  return l === 0 ? XlsxStyle.text : INDENT_BASE + l - 1;
}

/** A number given as exact decimal text (e.g. 万元 from integer fen), written without a float. */
export class XlsxDecimal {
  constructor(readonly text: string) {
    if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`not a decimal: ${text}`);
  }
}

/** A text of the workbook's shared-strings table (XlsxStreamWriter.shared), written as its index. */
export class XlsxShared {
  constructor(readonly index: number) {}
}

/**
 * null/undefined: an empty cell; string: text (formula-guarded, escaped); number/XlsxDecimal: a
 * number; XlsxShared: a shared text.
 */
export type XlsxValue = string | number | XlsxDecimal | XlsxShared | null | undefined;

export interface XlsxSheetOptions {
  /** At most 31 characters, none of []:*?/\ (replaced). */
  name: string;
  /** Column widths in characters. */
  columns: readonly number[];
  /** Frozen header: the rows above and the columns left of the scrolling pane. */
  freeze?: { rows: number; cols: number };
}

/** Excel's limits: rows per sheet, characters per cell. */
export const XLSX_MAX_ROWS = 1_048_576;
const MAX_CELL_CHARS = 32_767;
// Rows are encoded straight into a chunk of this size: UTF-8-encoding one big concatenated
// string is ~10× slower in V8 than writing each row's string into a buffer.
const CHUNK = 1 << 18;

// XML 1.0 allows tab, LF, CR and U+0020 upwards except U+FFFE/U+FFFF and unpaired surrogates.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- XML-forbidden control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EDGE_SPACE = /^\s|\s$/;
// eslint-disable-next-line no-control-regex -- as FORBIDDEN
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text for an XML text node or attribute: forbidden characters removed, markup escaped. */
export function xmlText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const letters: string[] = [];
/** 0-based column index → A, B, …, Z, AA, … */
export function columnName(index: number): string {
  let name = letters[index];
  if (name === undefined) {
    name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    letters[index] = name;
  }
  return name;
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function stylesXml(): string {
  // 宋体 with charset 134 (GB2312) is what Chinese Excel and WPS expect as the body font.
  const font = (bold: boolean, size: number) =>
    `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><name val="宋体"/><family val="2"/><charset val="134"/></font>`;
  const xf = (numFmt: number, fontId: number, alignment = '') =>
    `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}` +
    (alignment ? ` applyAlignment="1"><alignment ${alignment}/></xf>` : '/>');
  const xfs = [
    xf(0, 0), // text
    xf(0, 2, 'horizontal="center" vertical="center"'), // title
    xf(0, 1, 'horizontal="center" vertical="center" wrapText="1"'), // header
    xf(3, 0), // count: #,##0
    xf(164, 0), // 万元
    xf(0, 1), // bold text
    xf(3, 1), // bold count
    xf(164, 1), // bold 万元
    ...Array.from({ length: MAX_INDENT }, (_, i) => xf(0, 0, `indent="${i + 1}"`)),
    xf(165, 0), // date
  ];
  return (
    `${DECL}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>` +
    `<fonts count="3">${font(false, 11)}${font(true, 11)}${font(true, 14)}</fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

function sheetName(name: string, used: Set<string>): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '_').replace(FORBIDDEN, '') || 'Sheet';
  let base = clean.slice(0, 31);
  for (let i = 2; used.has(base.toLowerCase()); i++) base = `${clean.slice(0, 31 - String(i).length - 2)}(${i})`;
  used.add(base.toLowerCase());
  return base;
}

/**
 * A streaming XLSX (SpreadsheetML) writer: one worksheet part at a time goes straight into a
 * deflated ZIP entry, rows as inline strings (no shared-strings table, so nothing grows with
 * the rows), merges and the workbook parts at the end. Every text cell goes through the
 * formula-injection guard (safeText) and XML escaping. Memory: one 256 kB chunk plus zlib's
 * window, whatever the number of rows.
 *
 * Usage: `const x = new XlsxStreamWriter(out); await x.addSheet({...}); await x.row([...], styles);
 * x.merge(…); await x.finish();` — `finish` ends `out`.
 */
export class XlsxStreamWriter {
  private readonly zip: ZipStreamWriter;
  private readonly sheets: string[] = [];
  private readonly usedNames = new Set<string>();
  private entry: ZipEntryWriter | null = null;
  private chunk = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private merges: string[] = [];
  private rowNo = 0;
  private readonly sharedIndex = new Map<string, XlsxShared>();
  private readonly sharedXml: string[] = [];

  constructor(out: Writable, options: ZipStreamOptions = {}) {
    this.zip = new ZipStreamWriter(out, options);
  }

  /** Rows written to the current sheet so far. */
  get rowCount(): number {
    return this.rowNo;
  }

  /** Starts a worksheet (closing the previous one). */
  async addSheet(sheet: XlsxSheetOptions): Promise<void> {
    await this.closeSheet();
    this.sheets.push(sheetName(sheet.name, this.usedNames));
    this.entry = await this.zip.entry(`xl/worksheets/sheet${this.sheets.length}.xml`);
    this.rowNo = 0;
    this.merges = [];
    let view = `<sheetView workbookViewId="0"${this.sheets.length === 1 ? ' tabSelected="1"' : ''}`;
    const f = sheet.freeze;
    if (f && (f.rows > 0 || f.cols > 0)) {
      const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
      view +=
        `><pane${f.cols > 0 ? ` xSplit="${f.cols}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''}` +
        ` topLeftCell="${columnName(f.cols)}${f.rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
    } else {
      view += '/>';
    }
    const cols = sheet.columns
      .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
      .join('');
    await this.append(
      `${DECL}<worksheet ${NS}><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`,
    );
  }

  /**
   * Appends a row. `styles[i]` is the cell style of column i (XlsxStyle or indentStyle),
   * default text for strings and plain for numbers.
   */
  async row(values: readonly XlsxValue[], styles?: readonly number[], height?: number): Promise<void> {
    if (this.entry === null) throw new Error('XlsxStreamWriter: addSheet first');
    if (this.rowNo >= XLSX_MAX_ROWS) throw new Error('XlsxStreamWriter: sheet full (1,048,576 rows)');
    const r = ++this.rowNo;
    let xml = height ? `<row r="${r}" ht="${height}" customHeight="1">` : `<row r="${r}">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const st = styles?.[i] ?? 0;
      const s = st ? ` s="${st}"` : '';
      if (v === null || v === undefined) {
        if (st) xml += `<c r="${columnName(i)}${r}"${s}/>`;
      } else if (typeof v === 'string') {
        const t = safeText(v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS) : v);
        // xml:space only where it matters (edge spaces), which keeps ~20 bytes per cell off the wire.
        const space = EDGE_SPACE.test(t) ? ' xml:space="preserve"' : '';
        xml += `<c r="${columnName(i)}${r}"${s} t="inlineStr"><is><t${space}>${xmlText(t)}</t></is></c>`;
      } else if (typeof v === 'number') {
        xml += Number.isFinite(v)
          ? `<c r="${columnName(i)}${r}"${s}><v>${v}</v></c>`
          : `<c r="${columnName(i)}${r}"${s}/>`;
      } else if (v instanceof XlsxShared) {
        xml += `<c r="${columnName(i)}${r}"${s} t="s"><v>${v.index}</v></c>`;
      } else {
        xml += `<c r="${columnName(i)}${r}"${s}><v>${v.text}</v></c>`;
      }
    }
    await this.append(`${xml}</row>`);
  }

  /**
   * A text stored once in the shared-strings table; cells refer to it by index (~30 bytes a
   * cell instead of the text in every row, and no escaping per row). Only for texts from a
   * small, bounded set (region, type and field names): the table is kept in memory until
   * `finish`. Formula-guarded and escaped like inline text.
   */
  shared(text: string): XlsxShared {
    let ref = this.sharedIndex.get(text);
    if (ref === undefined) {
      const t = safeText(text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text);
      ref = new XlsxShared(this.sharedXml.length);
      this.sharedXml.push(`<si><t${EDGE_SPACE.test(t) ? ' xml:space="preserve"' : ''}>${xmlText(t)}</t></si>`);
      this.sharedIndex.set(text, ref);
    }
    return ref;
  }

  /** Merges a range (1-based, inclusive) of the current sheet. */
  merge(firstRow: number, firstCol: number, lastRow: number, lastCol: number): void {
    this.merges.push(`<mergeCell ref="${columnName(firstCol - 1)}${firstRow}:${columnName(lastCol - 1)}${lastRow}"/>`);
  }

  private async append(xml: string): Promise<void> {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + xml.length * 3 > CHUNK) {
      await this.flush();
      if (xml.length * 3 > CHUNK) {
        await this.entry!.write(Buffer.from(xml, 'utf8'));
        return;
      }
    }
    this.used += this.chunk.write(xml, this.used, 'utf8');
  }

  private async flush(): Promise<void> {
    if (this.used === 0 || this.entry === null) return;
    // The deflate stream may still hold the written chunk: hand it over and start a new one.
    const full = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    await this.entry.write(full);
  }

  private async closeSheet(): Promise<void> {
    if (this.entry === null) return;
    await this.append(
      '</sheetData>' +
        (this.merges.length ? `<mergeCells count="${this.merges.length}">${this.merges.join('')}</mergeCells>` : '') +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    );
    await this.flush();
    await this.entry.end();
    this.entry = null;
  }

  /** Closes the last sheet, writes the workbook parts and the ZIP directory, ends the stream. */
  async finish(): Promise<void> {
    if (this.sheets.length === 0) await this.addSheet({ name: 'Sheet1', columns: [] });
    await this.closeSheet();
    const n = this.sheets.length;
    const ids = Array.from({ length: n }, (_, i) => i + 1);
    await this.zip.file('xl/styles.xml', stylesXml());
    const shared = this.sharedXml.length > 0;
    if (shared) {
      const n = this.sharedXml.length;
      await this.zip.file(
        'xl/sharedStrings.xml',
        `${DECL}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}" uniqueCount="${n}">${this.sharedXml.join('')}</sst>`,
      );
    }
    await this.zip.file(
      'xl/workbook.xml',
      `${DECL}<workbook ${NS}><bookViews><workbookView/></bookViews><sheets>` +
        ids.map((i) => `<sheet name="${xmlText(this.sheets[i - 1]!)}" sheetId="${i}" r:id="rId${i}"/>`).join('') +
        `</sheets></workbook>`,
    );
    const rel = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    await this.zip.file(
      'xl/_rels/workbook.xml.rels',
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        ids.map((i) => rel(`rId${i}`, 'worksheet', `worksheets/sheet${i}.xml`)).join('') +
        rel(`rId${n + 1}`, 'styles', 'styles.xml') +
        (shared ? rel(`rId${n + 2}`, 'sharedStrings', 'sharedStrings.xml') : '') +
        `</Relationships>`,
    );
    await this.zip.file(
      '_rels/.rels',
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    );
    const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
    await this.zip.file(
      '[Content_Types].xml',
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
        ids
          .map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${ct}.worksheet+xml"/>`)
          .join('') +
        `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
        (shared ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` : '') +
        `</Types>`,
    );
    await this.zip.finish();
  }
}
