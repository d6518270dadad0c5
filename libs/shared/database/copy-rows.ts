import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

/** One value of a COPY row: text as it is, numbers and bigint decimal strings, null as NULL. */
export type CopyValue = string | number | null;

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One row in COPY's text format (tab-separated, `\N` for NULL, backslash escapes). */
export function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const text =
      v === null || v === undefined
        ? '\\N'
        : typeof v === 'number'
          ? String(v)
          : SPECIAL.test(v)
            ? v.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!)
            : v;
    line += i === 0 ? text : `\t${text}`;
  }
  return `${line}\n`;
}

/**
 * A text[] value for a COPY row: every element quoted (so commas, braces, spaces and the word
 * NULL stay text), backslashes and quotes escaped; copyLine then escapes the result for COPY.
 */
export function copyArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** Rows per chunk handed to the COPY stream: ~1 MB of text, so a batch is never one giant string. */
const CHUNK_ROWS = 2000;

/**
 * `COPY <target> FROM STDIN` on the connection of the transaction `em` belongs to (a COPY on
 * another pooled connection would neither see nor join the transaction, and inside one it
 * would be the second connection NestedConnectionError exists to prevent). Answers the rows copied.
 */
export async function copyRows(
  em: EntityManager,
  target: string,
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const client = em.queryRunner?.isTransactionActive
    ? (em.queryRunner as unknown as { databaseConnection?: PoolClient }).databaseConnection
    : undefined;
  if (!client) throw new Error('copyRows runs inside a transaction, on its EntityManager');
  function* chunks(): Generator<string> {
    let chunk = '';
    let n = 0;
    for (const row of rows) {
      chunk += copyLine(row);
      if (++n === CHUNK_ROWS) {
        yield chunk;
        chunk = '';
        n = 0;
      }
    }
    if (chunk) yield chunk;
  }
  const stream = client.query(copyFrom(`COPY ${target} FROM STDIN`));
  await pipeline(Readable.from(chunks()), stream);
  return stream.rowCount;
}
