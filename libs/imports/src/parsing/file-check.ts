import { open } from 'node:fs/promises';
import type { ImportFormat, TextEncoding } from '../import.types.js';
import { ImportJobFailure, ImportsError, ImportsErrorCode } from '../imports.errors.js';
import { detectEncoding } from './encoding.js';
import type { ImportFileLimits } from './limits.js';
import { checkZipSizes, MAX_ZIP_ENTRIES, type ZipEntrySize } from './zip-archive.js';

export interface CheckedFile {
  format: ImportFormat;
  encoding: TextEncoding | null;
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SAMPLE = 1024 * 1024;

const notSpreadsheet = (detail: string) =>
  new ImportsError(ImportsErrorCode.IMPORT_FILE_NOT_SPREADSHEET, `文件不是 Excel（.xlsx）或 CSV 表格：${detail}`);

/**
 * Checks an uploaded file before any job is created, reading only its head and tail:
 * an XLSX must be a complete ZIP (end-of-central-directory record present and consistent, so
 * a truncated upload is caught) holding xl/workbook.xml and a worksheet, whose parts' declared
 * sizes pass the zip-bomb limits (the worker inflates nothing beyond them: yauzl holds parts to
 * their declared sizes); a CSV must decode as UTF-8 or GB18030 text. Anything else is refused
 * with a code the client can show.
 */
export async function checkUploadedFile(
  path: string,
  originalName: string,
  limits: ImportFileLimits,
): Promise<CheckedFile> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size === 0) throw new ImportsError(ImportsErrorCode.IMPORT_FILE_EMPTY, '文件为空');
    const head = Buffer.alloc(Math.min(size, SAMPLE));
    await fh.read(head, 0, head.length, 0);
    const ext = /\.([A-Za-z0-9]+)$/.exec(originalName)?.[1]?.toLowerCase();
    const zip = head.length >= 4 && head.readUInt32LE(0) === ZIP_LOCAL;
    if (head.subarray(0, 8).equals(OLE2))
      throw notSpreadsheet('这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后上传');
    if (zip) {
      if (ext === 'csv') throw notSpreadsheet('扩展名为 .csv，但内容是压缩文件');
      await checkXlsx(fh, size, limits);
      return { format: 'xlsx', encoding: null };
    }
    if (ext === 'xlsx' || ext === 'xlsm') throw notSpreadsheet('扩展名为 .xlsx，但内容不是 Excel 工作簿');
    const encoding = detectEncoding(head);
    if (!encoding)
      throw new ImportsError(
        ImportsErrorCode.IMPORT_FILE_NOT_TEXT,
        '文件既不是 Excel 工作簿，也不是 UTF-8 或 GB18030 编码的 CSV 文本',
      );
    return { format: 'csv', encoding };
  } finally {
    await fh.close();
  }
}

async function checkXlsx(
  fh: import('node:fs/promises').FileHandle,
  size: number,
  limits: ImportFileLimits,
): Promise<void> {
  const truncated = () =>
    new ImportsError(
      ImportsErrorCode.IMPORT_FILE_TRUNCATED,
      'Excel 文件不完整（可能上传中断或文件已损坏），请重新上传',
    );
  const tailLen = Math.min(size, 22 + 65_535);
  const tail = Buffer.alloc(tailLen);
  await fh.read(tail, 0, tailLen, size - tailLen);
  let eocd = -1;
  for (let i = tailLen - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw truncated();
  const entries = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  const eocdAt = size - tailLen + eocd;
  // ZIP64 archives (over 4 GiB or 65535 entries) mark these fields as 0xFFFF…; beyond our upload limit.
  if (cdOffset === 0xffffffff || entries === 0xffff) throw notSpreadsheet('不支持的 ZIP64 格式');
  if (cdOffset + cdSize > eocdAt) throw truncated();
  if (entries > MAX_ZIP_ENTRIES) throw notSpreadsheet(`压缩包中的文件超过 ${MAX_ZIP_ENTRIES} 个`);
  const cd = Buffer.alloc(cdSize);
  await fh.read(cd, 0, cdSize, cdOffset);
  const names = new Set<string>();
  const sizes: ZipEntrySize[] = [];
  let p = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== ZIP_CENTRAL) throw truncated();
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const localOffset = cd.readUInt32LE(p + 42);
    if (localOffset >= cdOffset) throw truncated();
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    names.add(name);
    sizes.push({ name, compressedSize: cd.readUInt32LE(p + 20), uncompressedSize: cd.readUInt32LE(p + 24) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  try {
    checkZipSizes(sizes, limits);
  } catch (err) {
    // The same code and message as when the worker meets it, but refused before a job exists.
    if (err instanceof ImportJobFailure) throw new ImportsError(err.code as ImportsErrorCode, err.message, err.details);
    throw err;
  }
  if (!names.has('xl/workbook.xml') || ![...names].some((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    throw notSpreadsheet('压缩包中没有 Excel 工作表');
  }
}
