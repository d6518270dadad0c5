import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportJobErrorCode, ImportJobFailure } from '../imports.errors.js';
import { limitError, type ImportFileLimits } from './limits.js';

export interface ZipEntrySize {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** A workbook has a few dozen parts; a central directory of millions is an attack on memory. */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * Parts up to this size skip the ratio check: a small, very regular part (styles, an empty
 * sheet) may compress 200:1 and cannot hurt anyone; Apache POI's zip-bomb guard likewise
 * exempts small parts.
 */
const RATIO_GRACE_BYTES = 1024 * 1024;

/**
 * The zip-bomb checks on the sizes a ZIP declares for its parts: the ratio of each part and the
 * total. They hold for what is actually inflated because yauzl refuses a part whose inflated
 * bytes differ from its declared size (validateEntrySizes), so they can run before reading.
 */
export function checkZipSizes(entries: Iterable<ZipEntrySize>, limits: ImportFileLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > RATIO_GRACE_BYTES) {
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (ratio > limits.maxCompressionRatio) throw limitError.ratio(limits, e.name, ratio);
    }
  }
  if (total > limits.maxUncompressedBytes) throw limitError.uncompressed(limits, total);
}

const unreadable = (err: unknown) =>
  new ImportJobFailure(
    ImportJobErrorCode.FILE_UNREADABLE,
    `无法读取 Excel 文件：${err instanceof Error ? err.message : String(err)}`,
  );

/**
 * Random access to the parts of an XLSX through yauzl: the central directory is read first
 * (so sizes are checked before a byte is inflated), then any part is streamed on demand, in the
 * order the reader needs (workbook, styles, shared strings, sheet) rather than the file's order.
 */
export class ZipArchive {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(source: string | Buffer, limits: ImportFileLimits): Promise<ZipArchive> {
    let zip: ZipFile;
    try {
      const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };
      zip =
        typeof source === 'string'
          ? await yauzl.openPromise(source, options)
          : await yauzl.fromBufferPromise(source, options);
    } catch (err) {
      throw unreadable(err);
    }
    try {
      if (zip.entryCount > MAX_ZIP_ENTRIES)
        throw new ImportJobFailure(
          ImportJobErrorCode.FILE_UNREADABLE,
          `压缩包中的文件超过 ${MAX_ZIP_ENTRIES} 个，不是 Excel 工作簿`,
        );
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
      checkZipSizes(
        [...entries.values()].map((e) => ({
          name: e.fileName,
          compressedSize: e.compressedSize,
          uncompressedSize: e.uncompressedSize,
        })),
        limits,
      );
      return new ZipArchive(zip, entries);
    } catch (err) {
      zip.close();
      throw err instanceof ImportJobFailure ? err : unreadable(err);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The inflated bytes of a part, streamed (chunks of at most 64 KB). */
  async *read(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new ImportJobFailure(ImportJobErrorCode.FILE_UNREADABLE, `Excel 文件中缺少 ${name}`);
    let stream: AsyncIterable<Buffer>;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (err) {
      throw unreadable(err);
    }
    try {
      for await (const chunk of stream) yield chunk;
    } catch (err) {
      throw err instanceof ImportJobFailure ? err : unreadable(err);
    }
  }

  close(): void {
    this.zip.close();
  }
}
