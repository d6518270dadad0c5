import fc from 'fast-check';
import { ImportsConfig } from '../../../shared/config/index.js';
import { csvRows } from './csv-rows.js';
import { detectEncoding } from './encoding.js';
import type { ImportFileLimits } from './limits.js';

const defaults = ImportsConfig.fromEnv({}).limits;

async function collect(
  chunks: (Uint8Array | string)[],
  enc: 'utf-8' | 'gb18030' = 'utf-8',
  limits: Partial<ImportFileLimits> = {},
): Promise<string[][]> {
  const out: string[][] = [];
  async function* gen() {
    for (const c of chunks) yield c;
  }
  for await (const r of csvRows(gen(), enc, { ...defaults, ...limits })) out.push(r);
  return out;
}

const gb = (s: string) => {
  // GB18030 bytes of a few known characters, so the test needs no encoder.
  const table: Record<string, number[]> = { 成: [0xb3, 0xc9], 果: [0xb9, 0xfb], 名: [0xc3, 0xfb], 称: [0xb3, 0xc6] };
  return Uint8Array.from([...s].flatMap((ch) => table[ch] ?? [ch.charCodeAt(0)]));
};

describe('csvRows', () => {
  it('parses quoted fields with separators, doubled quotes and line breaks, CRLF and a BOM', async () => {
    const text = '\uFEFF成果名称,简介\r\n"一种, 方法","他说""好""\n第二行"\r\n末行,无换行';
    expect(await collect([Buffer.from(text, 'utf8')])).toEqual([
      ['成果名称', '简介'],
      ['一种, 方法', '他说"好"\n第二行'],
      ['末行', '无换行'],
    ]);
  });

  it('decodes a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('名称\n成果', 'utf8');
    const rows = await collect([bytes.subarray(0, 2), bytes.subarray(2, 7), bytes.subarray(7)]);
    expect(rows).toEqual([['名称'], ['成果']]);
  });

  it('decodes GB18030', async () => {
    expect(await collect([gb('成果,名称\n')], 'gb18030')).toEqual([['成果', '名称']]);
  });

  it('fails the job with ENCODING_ERROR when bytes are not valid in the encoding', async () => {
    await expect(collect([Uint8Array.from([0x61, 0xff, 0xfe, 0x0a])])).rejects.toMatchObject({
      code: 'ENCODING_ERROR',
    });
  });
});

describe('csvRows limits', () => {
  it('stops an unclosed quote at the cell limit instead of reading the rest of the file into one field', async () => {
    let served = 0;
    async function* endless() {
      yield '名称,简介\n成果,"';
      for (;;) {
        served++;
        yield 'x'.repeat(64 * 1024);
      }
    }
    const rows: string[][] = [];
    const read = (async () => {
      for await (const r of csvRows(endless(), 'utf-8', { ...defaults, maxCellChars: 100_000 })) rows.push(r);
    })();
    await expect(read).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_CELL_TOO_LONG',
      message: '第 2 行 B 列的内容超过单元格上限 100000 个字符',
      details: { limit: 'IMPORT_MAX_CELL_CHARS', value: 100_000, row: 2, column: 2 },
    });
    expect(rows).toEqual([['名称', '简介']]);
    expect(served).toBeLessThanOrEqual(3);
  });

  it('refuses a row with more cells than the limit, and more records than the row limit', async () => {
    await expect(collect([`a,b\n${','.repeat(10)}\n`], 'utf-8', { maxCellsPerRow: 10 })).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_CELLS_PER_ROW',
      details: { row: 2, value: 10 },
    });
    expect(await collect([`${',,'.repeat(4)}\n`], 'utf-8', { maxCellsPerRow: 9 })).toHaveLength(1);
    await expect(collect(['h\n', 'a\n'.repeat(10)], 'utf-8', { maxRows: 10 })).rejects.toMatchObject({
      code: 'IMPORT_LIMIT_ROWS',
      message: '文件超过行数上限 10 行（第 11 行），请拆分后分批导入',
    });
    expect(await collect(['h\n', 'a\n'.repeat(8), 'last'], 'utf-8', { maxRows: 10 })).toHaveLength(10);
  });
});

describe('detectEncoding', () => {
  it('prefers UTF-8 (with or without BOM), falls back to GB18030, refuses binary', () => {
    expect(detectEncoding(Buffer.from('\uFEFF成果', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('成果', 'utf8').subarray(0, 4))).toBe('utf-8'); // cut inside a character
    expect(detectEncoding(gb('成果名称'))).toBe('gb18030');
    expect(
      detectEncoding(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ).toBeUndefined();
  });
});

describe('csvRows by runs', () => {
  /** The parser as it was, one character at a time: the runs of one string each must read alike. */
  function byCharacter(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    let afterQuote = false;
    let pendingCr = false;
    for (const ch of text) {
      if (pendingCr) {
        pendingCr = false;
        if (ch === '\n') continue;
      }
      if (quoted) {
        if (ch === '"') [quoted, afterQuote] = [false, true];
        else field += ch;
        continue;
      }
      if (ch === '"') {
        if (afterQuote) field += '"';
        [quoted, afterQuote] = [true, false];
        continue;
      }
      afterQuote = false;
      if (ch === ',') {
        row.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') pendingCr = true;
        row.push(field);
        rows.push(row);
        [row, field] = [[], ''];
      } else field += ch;
    }
    if (field !== '' || row.length > 0) rows.push([...row, field]);
    return rows;
  }

  it('reads any text split anywhere as the character-by-character parser does', async () => {
    const piece = fc.constantFrom('a', '成果', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'x,y', '"q"');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (parts, cuts) => {
          const text = parts.join('');
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
          expect(await collect(chunks)).toEqual(byCharacter(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
