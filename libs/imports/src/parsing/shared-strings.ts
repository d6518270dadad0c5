import { limitError, type ImportFileLimits } from './limits.js';
import { readPart } from './xml-part.js';
import type { ZipArchive } from './zip-archive.js';

const CHUNK_BYTES = 1024 * 1024;

/**
 * The shared strings of a workbook, as UTF-8 in 1 MiB slabs with two offset tables, so what it
 * holds is what IMPORT_MAX_SHARED_STRINGS_MB counts (plus 8 bytes a string). An array of JS
 * strings costs 20-30 bytes of header a string, and substrings of the inflated XML would keep
 * whole 64 KB chunks alive; exceljs keeps rich-text runs as objects (2.3 GB for 8 M of them).
 */
export class SharedStringTable {
  private readonly slabs: Buffer[] = [];
  private starts = new Uint32Array(1024);
  private lengths = new Uint32Array(1024);
  private used = 0;
  private bytes = 0;
  private slabUsed = 0;
  private readonly slabBytes: number;

  constructor(private readonly limits: ImportFileLimits) {
    // One string never spans two slabs: a slab holds at least the longest string allowed.
    this.slabBytes = Math.max(CHUNK_BYTES, limits.maxCellChars * 3);
  }

  get size(): number {
    return this.used;
  }

  add(text: string): void {
    if (this.used >= this.limits.maxSharedStrings) throw limitError.sharedStrings(this.limits);
    const len = Buffer.byteLength(text);
    this.bytes += len;
    if (this.bytes > this.limits.maxSharedStringBytes) throw limitError.sharedStringBytes(this.limits);
    let slab = this.slabs[this.slabs.length - 1];
    if (!slab || this.slabUsed + len > slab.length) {
      slab = Buffer.allocUnsafe(this.slabBytes);
      this.slabs.push(slab);
      this.slabUsed = 0;
    }
    if (this.used === this.starts.length) {
      this.starts = grow(this.starts, this.limits.maxSharedStrings);
      this.lengths = grow(this.lengths, this.limits.maxSharedStrings);
    }
    slab.write(text, this.slabUsed, 'utf8');
    this.starts[this.used] = (this.slabs.length - 1) * this.slabBytes + this.slabUsed;
    this.lengths[this.used] = len;
    this.slabUsed += len;
    this.used++;
  }

  /** The i-th string; '' for an index the table does not have (as Excel shows a broken reference). */
  get(i: number): string {
    if (!(i >= 0 && i < this.used)) return '';
    const start = this.starts[i]!;
    const slab = this.slabs[Math.floor(start / this.slabBytes)]!;
    const at = start % this.slabBytes;
    return slab.toString('utf8', at, at + this.lengths[i]!);
  }
}

function grow(a: Uint32Array<ArrayBuffer>, max: number): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(Math.min(Math.max(a.length * 2, 1024), max));
  b.set(a);
  return b;
}

/**
 * xl/sharedStrings.xml into a table, with the limits checked as it streams: the number of
 * strings, their total size and the characters of each (rich-text runs joined; phonetic runs,
 * `<rPh>`, are not part of the text). A declared uniqueCount over the limit fails at once.
 */
export async function readSharedStrings(
  zip: ZipArchive,
  part: string,
  limits: ImportFileLimits,
): Promise<SharedStringTable> {
  const table = new SharedStringTable(limits);
  let current = '';
  let inItem = false;
  let phonetic = 0;
  let collecting = false;
  await readPart(zip, part, {
    open(name, attrs) {
      if (name === 'sst' && Number(attrs.uniqueCount) > limits.maxSharedStrings) throw limitError.sharedStrings(limits);
      else if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inItem && phonetic === 0) collecting = true;
    },
    text(piece) {
      if (!collecting) return;
      if (current.length + piece.length > limits.maxCellChars) throw limitError.sharedStringChars(limits, table.size);
      current += piece;
    },
    close(name) {
      if (name === 't') collecting = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && inItem) {
        inItem = false;
        table.add(current);
        current = '';
      }
    },
  });
  return table;
}
