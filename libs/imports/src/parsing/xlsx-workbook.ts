import { ImportJobErrorCode, ImportJobFailure } from '../imports.errors.js';
import { readPart } from './xml-part.js';
import type { ZipArchive } from './zip-archive.js';

export interface WorkbookParts {
  /** The part of the workbook's first worksheet (the one imported; later ones, like 说明, are not). */
  sheet: string;
  sharedStrings: string;
  styles: string;
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

/** Beyond what any workbook has; more are ignored rather than kept (a part may be hostile). */
const MAX_RELATIONSHIPS = 10_000;
const MAX_STYLES = 65_536;

/** `worksheets/sheet1.xml` relative to xl/, or `/xl/…` absolute, as a name in the archive. */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts: string[] = ['xl'];
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p && p !== '.') parts.push(p);
  }
  return parts.join('/');
}

/**
 * Finds the first worksheet the way Excel orders them (workbook.xml's `<sheets>`, resolved
 * through its relationships), falling back to the lowest-numbered sheetN.xml for files that
 * lack those parts. exceljs took the first sheet part in ZIP order, which is not always the first tab.
 */
export async function readWorkbook(zip: ZipArchive): Promise<WorkbookParts> {
  let firstSheetRel: string | undefined;
  let date1904 = false;
  if (zip.has('xl/workbook.xml')) {
    await readPart(zip, 'xl/workbook.xml', {
      open(name, attrs) {
        if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
        else if (name === 'sheet' && firstSheetRel === undefined) {
          firstSheetRel = Object.entries(attrs).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1] ?? '';
        }
      },
      close() {},
      text() {},
    });
  }
  const targets = new Map<string, string>();
  let sharedStrings = 'xl/sharedStrings.xml';
  let styles = 'xl/styles.xml';
  if (zip.has('xl/_rels/workbook.xml.rels')) {
    await readPart(zip, 'xl/_rels/workbook.xml.rels', {
      open(name, a) {
        if (name !== 'Relationship' || !a.Target || a.TargetMode === 'External' || targets.size >= MAX_RELATIONSHIPS)
          return;
        const target = resolveTarget(a.Target);
        if (a.Id) targets.set(a.Id, target);
        if (a.Type?.endsWith('/sharedStrings')) sharedStrings = target;
        else if (a.Type?.endsWith('/styles')) styles = target;
      },
      close() {},
      text() {},
    });
  }
  let sheet = firstSheetRel ? targets.get(firstSheetRel) : undefined;
  if (!sheet || !zip.has(sheet)) {
    const numbered = zip
      .names()
      .map((n) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(n))
      .filter((m): m is RegExpExecArray => m !== null)
      .sort((a, b) => Number(a[1]) - Number(b[1]));
    sheet = numbered[0]?.[0];
  }
  if (!sheet) throw new ImportJobFailure(ImportJobErrorCode.FILE_UNREADABLE, 'Excel 文件中没有工作表');
  return { sheet, sharedStrings, styles, date1904 };
}

/** Built-in number formats that show dates or times: 14-22 and 45-47, and the CJK ones 27-36 and 50-58. */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code shows a date when, outside quotes and [..] (colours, locales), it has a date/time letter (exceljs' rule). */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (index into cellXfs), whether its number format is a date. */
export async function readDateStyles(zip: ZipArchive, part: string): Promise<boolean[]> {
  const formats = new Map<number, string>();
  const xfNumFmts: number[] = [];
  let inCellXfs = false;
  await readPart(zip, part, {
    open(name, a) {
      if (name === 'numFmt' && formats.size < MAX_STYLES) formats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs && xfNumFmts.length < MAX_STYLES) xfNumFmts.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return xfNumFmts.map((id) => {
    const custom = formats.get(id);
    return custom !== undefined ? isDateFormat(custom) : builtInDate(id);
  });
}
