import type { TextEncoding } from '../import.types.js';
import { ImportJobErrorCode, ImportJobFailure } from '../imports.errors.js';

/**
 * RFC 4180 CSV from a byte stream into rows of cells, decoded incrementally (fatal decoder, so
 * a byte sequence that is not valid in the detected encoding fails the job instead of turning
 * into replacement characters). Only the current row is held in memory. The BOM is dropped.
 * Quoted fields may contain separators and line breaks; `""` is a quote.
 */
export async function* csvRows(chunks: AsyncIterable<Uint8Array | string>, encoding: TextEncoding): AsyncGenerator<string[]> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let pendingCr = false;
  const parse = function* (text: string): Generator<string[]> {
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
        } else field += ch;
        continue;
      }
      if (ch === '"') {
        // `""` inside a quoted field: the quote closed a moment ago, reopen and keep one quote.
        if (afterQuote) field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (ch === ',') {
        row.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') pendingCr = true;
        row.push(field);
        yield row;
        row = [];
        field = '';
      } else field += ch;
    }
  };
  try {
    for await (const chunk of chunks) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      yield* parse(text);
    }
    yield* parse(decoder.decode());
  } catch (err) {
    // Node's fatal TextDecoder throws a TypeError with this code (realm-independent check).
    if ((err as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') throw new ImportJobFailure(ImportJobErrorCode.ENCODING_ERROR, `文件内容不是有效的 ${encoding === 'utf-8' ? 'UTF-8' : 'GB18030'} 文本`);
    throw err;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    yield row;
  }
}
