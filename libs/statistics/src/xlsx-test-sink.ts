import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/** Collects everything written, draining asynchronously so backpressure really happens. */
export class Sink extends Writable {
  readonly chunks: Buffer[] = [];
  bytes = 0;
  maxBuffered = 0;
  constructor(
    private readonly keep: boolean,
    highWaterMark = 16 * 1024,
  ) {
    super({ highWaterMark });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.bytes += chunk.length;
    if (this.keep) this.chunks.push(chunk);
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    setImmediate(cb);
  }
  get buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export async function read(buf: Buffer): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb.worksheets;
}
