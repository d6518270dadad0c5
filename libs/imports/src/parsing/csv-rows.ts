import type { TextEncoding } from '../import.types.js';
import { ImportJobErrorCode, ImportJobFailure } from '../imports.errors.js';
import { limitError, type ImportFileLimits } from './limits.js';

const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/**
 * RFC 4180 CSV from a byte stream into rows of cells, decoded incrementally (fatal decoder, so
 * a byte sequence that is not valid in the detected encoding fails the job instead of turning
 * into replacement characters). Rows are handed over a chunk at a time (the rows one chunk of
 * the stream completes: one promise a chunk instead of one a row), so memory holds one chunk's
 * rows. The BOM is dropped.
 * Quoted fields may contain separators and line breaks; `""` is a quote.
 * The limits hold while the text streams: a field stops growing at the cell limit (an unclosed
 * quote would otherwise swallow the rest of the file into one field), a row at the cells limit,
 * the file at the rows limit (counting every record, as the row numbers do).
 */
export async function* csvRowBatches(
  chunks: AsyncIterable<Uint8Array | string>,
  encoding: TextEncoding,
  limits: ImportFileLimits,
): AsyncGenerator<string[][]> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let pendingCr = false;
  let records = 0;
  const push = () => {
    if (row.length >= limits.maxCellsPerRow) throw limitError.cells(limits, records + 1);
    row.push(field);
  };
  const long = () => limitError.cellChars(limits, records + 1, row.length + 1);
  // Adds text[from, to) to the field; the field stops growing at the cell limit.
  const take = (text: string, from: number, to: number) => {
    if (field.length + (to - from) > limits.maxCellChars) throw long();
    field += text.slice(from, to);
  };
  let done: string[][] = [];
  const parse = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (pendingCr) {
        pendingCr = false;
        if (ch === '\n') continue;
      }
      if (quoted) {
        if (ch === '"') {
          quoted = false;
          afterQuote = true;
          continue;
        }
        // The run up to the next quote at once (one string a run, not one a character).
        let end = text.indexOf('"', i);
        if (end < 0) end = text.length;
        take(text, i, end);
        i = end - 1;
        continue;
      }
      if (ch === '"') {
        // `""` inside a quoted field: the quote closed a moment ago, reopen and keep one quote.
        if (afterQuote) {
          if (field.length >= limits.maxCellChars) throw long();
          field += '"';
        }
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (ch === ',') {
        push();
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') pendingCr = true;
        push();
        if (++records > limits.maxRows) throw limitError.rows(limits, records);
        done.push(row);
        row = [];
        field = '';
      } else {
        let end = i + 1;
        while (end < text.length) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
          end++;
        }
        take(text, i, end);
        i = end - 1;
      }
    }
  };
  try {
    for await (const chunk of chunks) {
      parse(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (done.length > 0) {
        yield done;
        done = [];
      }
    }
    parse(decoder.decode());
  } catch (err) {
    // Node's fatal TextDecoder throws a TypeError with this code (realm-independent check).
    if ((err as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
      throw new ImportJobFailure(
        ImportJobErrorCode.ENCODING_ERROR,
        `文件内容不是有效的 ${encoding === 'utf-8' ? 'UTF-8' : 'GB18030'} 文本`,
      );
    throw err;
  }
  if (field !== '' || row.length > 0) {
    push();
    if (++records > limits.maxRows) throw limitError.rows(limits, records);
    done.push(row);
  }
  if (done.length > 0) yield done;
}

/** csvRowBatches row by row. */
export async function* csvRows(
  chunks: AsyncIterable<Uint8Array | string>,
  encoding: TextEncoding,
  limits: ImportFileLimits,
): AsyncGenerator<string[]> {
  for await (const rows of csvRowBatches(chunks, encoding, limits)) yield* rows;
}
