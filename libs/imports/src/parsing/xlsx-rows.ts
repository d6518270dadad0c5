import { limitError, type ImportFileLimits } from './limits.js';
import { readSharedStrings, SharedStringTable } from './shared-strings.js';
import { readDateStyles, readWorkbook } from './xlsx-workbook.js';
import { scanPart } from './xml-part.js';
import { ZipArchive } from './zip-archive.js';

export interface SheetRow {
  /** 1-based, as Excel numbers rows (CSV: the record number). */
  rowNo: number;
  cells: string[];
}

/** `C12` → 3; 0 when the reference has no valid column (then the cell follows the previous one). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

/** Excel's serial day number as YYYY-MM-DD (exceljs' conversion, so imports read as before). */
function serialDate(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

interface SheetContext {
  shared: SharedStringTable | null;
  dateStyles: boolean[];
  date1904: boolean;
  limits: ImportFileLimits;
}

/**
 * The cells of the first worksheet, row by row, with the limits checked as the XML streams:
 * row number, cells per row (and highest column) and characters per cell. Text is gathered
 * only inside `<v>`, `<f>` and inline `<t>` and refused once it passes the cell limit.
 * Cell texts as the user typed them: a formula is its text with `=` (never evaluated, nor its
 * cached result used), booleans 是/否, numbers in date formats YYYY-MM-DD.
 * Rows without cells are not reported; row numbers are Excel's.
 */
async function* sheetRowsOf(zip: ZipArchive, part: string, ctx: SheetContext): AsyncGenerator<SheetRow> {
  const { limits } = ctx;
  const ready: SheetRow[] = [];
  let rowNo = 0;
  let cells: string[] | null = null;
  let count = 0;
  let col = 0;
  let inCell = false;
  let type = 'n';
  let style = 0;
  let value = '';
  let formula: string | null = null;
  let inline = '';
  let inInline = false;
  let phonetic = 0;
  let into: 'v' | 'f' | 't' | null = null;

  const cellValue = (): string => {
    if (formula !== null) return `=${formula}`;
    switch (type) {
      case 's':
        return value.trim() === '' ? '' : (ctx.shared?.get(Number(value)) ?? '');
      case 'inlineStr':
        return inline;
      case 'str':
      case 'e':
        return value;
      case 'b':
        return value === '' ? '' : Number(value) !== 0 ? '是' : '否';
      case 'd':
        return value.slice(0, 10);
      default: {
        if (value.trim() === '') return '';
        const n = Number(value);
        if (!Number.isFinite(n)) return '';
        return ctx.dateStyles[style] ? serialDate(n, ctx.date1904) : String(n);
      }
    }
  };

  const events = {
    open(name: string, a: Record<string, string>): void {
      switch (name) {
        case 'row': {
          const r = Number(a.r);
          rowNo = Number.isInteger(r) && r > rowNo ? r : rowNo + 1;
          if (rowNo > limits.maxRows) throw limitError.rows(limits, rowNo);
          cells = [];
          count = 0;
          col = 0;
          break;
        }
        case 'c': {
          if (!cells) return;
          col = (a.r && columnOf(a.r)) || col + 1;
          count++;
          if (col > limits.maxCellsPerRow || count > limits.maxCellsPerRow) throw limitError.cells(limits, rowNo);
          inCell = true;
          type = a.t ?? 'n';
          style = Number(a.s ?? 0) || 0;
          value = '';
          formula = null;
          inline = '';
          break;
        }
        case 'v':
          if (inCell) into = 'v';
          break;
        case 'f':
          if (inCell) {
            into = 'f';
            formula = '';
          }
          break;
        case 'is':
          inInline = inCell;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inInline && phonetic === 0) into = 't';
          break;
      }
    },
    text(piece: string): void {
      if (into === null) return;
      const have = into === 'v' ? value : into === 'f' ? formula! : inline;
      if (have.length + piece.length > limits.maxCellChars) throw limitError.cellChars(limits, rowNo, col);
      if (into === 'v') value += piece;
      else if (into === 'f') formula += piece;
      else inline += piece;
    },
    close(name: string): void {
      switch (name) {
        case 'v':
        case 'f':
        case 't':
          into = null;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          if (inCell && cells) {
            while (cells.length < col - 1) cells.push('');
            cells[col - 1] = cellValue();
          }
          inCell = false;
          break;
        case 'row':
          if (cells && cells.length > 0) ready.push({ rowNo, cells });
          cells = null;
          break;
      }
    },
  };
  for await (const _ of scanPart(zip, part, events)) {
    // Rows completed by this chunk; at most a chunk's worth, so the queue stays small.
    for (const row of ready) yield row;
    ready.length = 0;
  }
  for (const row of ready) yield row;
}

/**
 * Rows of the first worksheet of an XLSX file (a path, or the bytes in tests). The archive's
 * sizes are checked before anything is inflated; the shared strings are read (within their
 * limits) before the sheet, wherever they sit in the archive.
 */
export async function* xlsxRows(source: string | Buffer, limits: ImportFileLimits): AsyncGenerator<SheetRow> {
  const zip = await ZipArchive.open(source, limits);
  try {
    const book = await readWorkbook(zip);
    const dateStyles = zip.has(book.styles) ? await readDateStyles(zip, book.styles) : [];
    const shared = zip.has(book.sharedStrings) ? await readSharedStrings(zip, book.sharedStrings, limits) : null;
    yield* sheetRowsOf(zip, book.sheet, { shared, dateStyles, date1904: book.date1904, limits });
  } finally {
    zip.close();
  }
}
