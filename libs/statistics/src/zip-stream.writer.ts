import type { Writable } from 'node:stream';
import { constants, crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';

const U32 = 0xffff_ffff;
const U16 = 0xffff;

/** The destination went away (client disconnected, file closed) before the archive was done. */
export class ZipDestinationClosedError extends Error {
  constructor(cause?: unknown) {
    super('ZIP destination closed before the archive was finished', cause === undefined ? undefined : { cause });
    this.name = 'ZipDestinationClosedError';
  }
}

export interface ZipStreamOptions {
  /** zlib level, default Z_BEST_SPEED: XML compresses ~10× even so, and level 6 costs ~3× the CPU. */
  level?: number;
  /** Modification time stored for every entry; default now. */
  mtime?: Date;
  /** Write ZIP64 records even for small archives (tests of the ZIP64 path). */
  forceZip64?: boolean;
}

interface EntryRecord {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/**
 * Resolves when `stream` can take more data; rejects when it closes or fails first, so a
 * producer never waits forever on a client that went away.
 */
function drained(stream: Writable | DeflateRaw): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      stream.off('error', onError);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onClose = () => {
      cleanup();
      reject(new ZipDestinationClosedError());
    };
    const onError = (err: unknown) => {
      cleanup();
      reject(new ZipDestinationClosedError(err));
    };
    stream.on('drain', onDrain);
    stream.on('close', onClose);
    stream.on('error', onError);
  });
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * Writes text (CSV) to a destination, waiting while it is full so memory stays flat; a
 * destination that went away ends the writer (ZipDestinationClosedError) instead of a wait for
 * 'drain' that never comes.
 */
export async function writeText(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new ZipDestinationClosedError();
  if (!out.write(text)) await drained(out);
}

/** One entry being written: feed it bytes, then `end()` it. */
export interface ZipEntryWriter {
  write(chunk: Buffer): Promise<void>;
  end(): Promise<void>;
}

/**
 * A streaming ZIP writer (APPNOTE 6.3): entries are deflated on the fly and written with
 * general-purpose flag bit 3, so sizes and CRC-32 follow the data in a data descriptor and
 * nothing is buffered; the central directory is written at the end. ZIP64 records are added
 * only when a size, an offset or the entry count does not fit the classic fields (as Go's
 * archive/zip does): the local header cannot know in advance, so readers must take sizes from
 * the central directory for such entries, which every spreadsheet application does.
 * Backpressure: every write waits for the destination's `drain`, so memory stays flat.
 */
export class ZipStreamWriter {
  private offset = 0;
  private readonly entries: EntryRecord[] = [];
  private current: ZipEntryWriter | null = null;
  private finished = false;
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly out: Writable,
    private readonly options: ZipStreamOptions = {},
  ) {
    this.stamp = dosDateTime(options.mtime ?? new Date());
  }

  private async emit(buf: Buffer): Promise<void> {
    if (this.out.destroyed) throw new ZipDestinationClosedError();
    this.offset += buf.length;
    if (!this.out.write(buf)) await drained(this.out);
  }

  /** Starts an entry; the previous one must be ended. Names are stored as UTF-8 (flag bit 11). */
  async entry(name: string): Promise<ZipEntryWriter> {
    if (this.current !== null || this.finished)
      throw new Error('ZipStreamWriter: previous entry not ended or archive finished');
    const record: EntryRecord = {
      name: Buffer.from(name, 'utf8'),
      crc: 0,
      compressed: 0,
      size: 0,
      offset: this.offset,
    };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0808, 6); // bit 3: data descriptor; bit 11: UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    // CRC and sizes stay 0 here: they come in the data descriptor.
    header.writeUInt16LE(record.name.length, 26);
    await this.emit(Buffer.concat([header, record.name]));

    const deflate = createDeflateRaw({ level: this.options.level ?? constants.Z_BEST_SPEED });
    let failure: unknown = null;
    deflate.on('data', (chunk: Buffer) => {
      record.compressed += chunk.length;
      this.offset += chunk.length;
      if (!this.out.write(chunk)) {
        deflate.pause();
        drained(this.out).then(
          () => deflate.resume(),
          (err: unknown) => {
            failure = err;
            deflate.destroy();
          },
        );
      }
    });
    deflate.on('error', (err) => (failure ??= err));
    const ended = new Promise<void>((resolve, reject) => {
      deflate.once('end', resolve);
      deflate.once('close', () =>
        failure
          ? reject(failure instanceof ZipDestinationClosedError ? failure : new ZipDestinationClosedError(failure))
          : resolve(),
      );
    });
    ended.catch(() => undefined); // observed in end(); avoids an unhandled rejection meanwhile
    const check = () => {
      if (failure !== null)
        throw failure instanceof ZipDestinationClosedError ? failure : new ZipDestinationClosedError(failure);
      if (this.out.destroyed) throw new ZipDestinationClosedError();
    };

    const writer: ZipEntryWriter = {
      write: async (chunk: Buffer) => {
        check();
        record.crc = crc32(chunk, record.crc);
        record.size += chunk.length;
        if (!deflate.write(chunk)) await drained(deflate as unknown as Writable);
        check();
      },
      end: async () => {
        check();
        deflate.end();
        await ended;
        check();
        const zip64 = this.options.forceZip64 === true || record.size >= U32 || record.compressed >= U32;
        const desc = Buffer.alloc(zip64 ? 24 : 16);
        desc.writeUInt32LE(0x08074b50, 0);
        desc.writeUInt32LE(record.crc >>> 0, 4);
        if (zip64) {
          desc.writeBigUInt64LE(BigInt(record.compressed), 8);
          desc.writeBigUInt64LE(BigInt(record.size), 16);
        } else {
          desc.writeUInt32LE(record.compressed, 8);
          desc.writeUInt32LE(record.size, 12);
        }
        await this.emit(desc);
        this.entries.push(record);
        this.current = null;
      },
    };
    this.current = writer;
    return writer;
  }

  /** A whole small entry at once (XML parts of a few kB). */
  async file(name: string, content: string | Buffer): Promise<void> {
    const e = await this.entry(name);
    await e.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    await e.end();
  }

  /** Writes the central directory and ends the destination. */
  async finish(): Promise<void> {
    if (this.current !== null) throw new Error('ZipStreamWriter: an entry is still open');
    this.finished = true;
    const force = this.options.forceZip64 === true;
    const cdStart = this.offset;
    for (const e of this.entries) {
      const extra: Buffer[] = [];
      const size = force || e.size >= U32;
      const compressed = force || e.compressed >= U32;
      const offset = force || e.offset >= U32;
      if (size || compressed || offset) {
        // ZIP64 extended information: only the fields that overflowed, in this order.
        const fields = [size ? e.size : null, compressed ? e.compressed : null, offset ? e.offset : null].filter(
          (v): v is number => v !== null,
        );
        const b = Buffer.alloc(4 + fields.length * 8);
        b.writeUInt16LE(0x0001, 0);
        b.writeUInt16LE(fields.length * 8, 2);
        fields.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + i * 8));
        extra.push(b);
      }
      const ext = Buffer.concat(extra);
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE((3 << 8) | 45, 4); // made by: Unix, spec 4.5
      h.writeUInt16LE(ext.length ? 45 : 20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(this.stamp.time, 12);
      h.writeUInt16LE(this.stamp.date, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(compressed ? U32 : e.compressed, 20);
      h.writeUInt32LE(size ? U32 : e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt16LE(ext.length, 30);
      // comment length, disk number, internal attributes: 0
      h.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
      h.writeUInt32LE(offset ? U32 : e.offset, 42);
      await this.emit(Buffer.concat([h, e.name, ext]));
    }
    const cdSize = this.offset - cdStart;
    const count = this.entries.length;
    const zip64 = force || count >= U16 || cdStart >= U32 || cdSize >= U32;
    if (zip64) {
      const zip64End = this.offset;
      const r = Buffer.alloc(56);
      r.writeUInt32LE(0x06064b50, 0);
      r.writeBigUInt64LE(44n, 4); // size of the rest of this record
      r.writeUInt16LE((3 << 8) | 45, 12);
      r.writeUInt16LE(45, 14);
      // disk numbers: 0
      r.writeBigUInt64LE(BigInt(count), 24);
      r.writeBigUInt64LE(BigInt(count), 32);
      r.writeBigUInt64LE(BigInt(cdSize), 40);
      r.writeBigUInt64LE(BigInt(cdStart), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(zip64End), 8);
      locator.writeUInt32LE(1, 16);
      await this.emit(Buffer.concat([r, locator]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    // With a ZIP64 end record the classic fields say -1, so readers go and look for it.
    end.writeUInt16LE(zip64 ? U16 : count, 8);
    end.writeUInt16LE(zip64 ? U16 : count, 10);
    end.writeUInt32LE(zip64 ? U32 : cdSize, 12);
    end.writeUInt32LE(zip64 ? U32 : cdStart, 16);
    await this.emit(end);
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => {
        this.out.off('error', reject);
        resolve();
      });
    });
  }
}
